// @vitest-environment node
import {createFakeWorld} from '../../../test/fake-browser/fake-world';
import {startWorker} from '../../../test/fake-browser/worker-harness';

const api = 'http://127.0.0.1:8787';

async function tokenStore() {
	const world = createFakeWorld();
	await startWorker(world);
	const store = await import('./token-store');
	const {updateState} = await import('./write-queue');
	// A sign-in writes the token within a write of the state.
	const save = async (record: Parameters<typeof store.saveToken>[0], rememberMe: boolean) =>
		store.saveToken(record, rememberMe, async also => updateState(() => undefined, also));
	return {world, store, save};
}

it('keeps the token in exactly one place, chosen by "remember me"', async () => {
	const {world, store, save} = await tokenStore();
	await save({accessToken: 'secret-1', apiBaseUrl: api, userId: 1001}, false);
	expect((await world.storage.session.get('token')).token).toMatchObject({accessToken: 'secret-1'});
	expect((await world.storage.local.get('token')).token).toBeUndefined();
	await store.moveToken(api, true);
	expect((await world.storage.session.get('token')).token).toBeUndefined();
	expect((await world.storage.local.get('token')).token).toMatchObject({accessToken: 'secret-1'});
	await store.forgetToken();
	expect(await store.readToken(api)).toBeUndefined();
});

it('gives no token for another API, another user, nor one about to expire', async () => {
	const {store, save} = await tokenStore();
	await save({accessToken: 'secret-2', apiBaseUrl: api, userId: 1001, expiresAt: Date.now() + 10_000}, true);
	expect(await store.readToken('https://api.adultwork.com')).toBeUndefined();
	expect(await store.usableToken({apiBaseUrl: api, userId: 1001})).toBeUndefined();
	await save({accessToken: 'secret-3', apiBaseUrl: api, userId: 1001, expiresAt: Date.now() + 600_000}, true);
	expect(await store.usableToken({apiBaseUrl: api, userId: 1001})).toBe('secret-3');
	expect(await store.usableToken({apiBaseUrl: api, userId: 1002})).toBeUndefined();
	expect(await store.usableToken({apiBaseUrl: 'https://api.adultwork.com', userId: 1001})).toBeUndefined();
});

it('stores the token and the state it goes with in one write to storage.local when remembered', async () => {
	const {world} = await tokenStore();
	const writes: string[][] = [];
	const set = world.storage.local.set.bind(world.storage.local);
	vi.spyOn(world.storage.local, 'set').mockImplementation(async items => {
		writes.push(Object.keys(items).sort());
		return set(items);
	});
	const {updateState} = await import('./write-queue');
	const {saveToken} = await import('./token-store');
	await saveToken({accessToken: 'secret-4', apiBaseUrl: api, userId: 1001}, true, async also =>
		updateState(draft => {
			draft.account = {userId: 1001, isGroupManager: false};
		}, also),
	);
	expect(writes).toEqual([['account', 'token']]);
});
