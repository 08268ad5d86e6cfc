// @vitest-environment node
import {createFakeWorld} from '../../test/fake-browser/fake-world';
import {startWorker} from '../../test/fake-browser/worker-harness';

const api = 'http://127.0.0.1:8787';

async function tokenStore() {
	const world = createFakeWorld();
	await startWorker(world);
	return {world, store: await import('./token-store')};
}

it('keeps the token in exactly one place, chosen by "remember me"', async () => {
	const {world, store} = await tokenStore();
	await store.saveToken({accessToken: 'secret-1', apiBaseUrl: api, userId: 1001}, false);
	expect((await world.storage.session.get('token')).token).toMatchObject({accessToken: 'secret-1'});
	expect((await world.storage.local.get('token')).token).toBeUndefined();
	await store.moveToken(api, true);
	expect((await world.storage.session.get('token')).token).toBeUndefined();
	expect((await world.storage.local.get('token')).token).toMatchObject({accessToken: 'secret-1'});
	await store.forgetToken();
	expect(await store.readToken(api)).toBeUndefined();
});

it('gives no token for another API, nor one about to expire', async () => {
	const {store} = await tokenStore();
	await store.saveToken({accessToken: 'secret-2', apiBaseUrl: api, userId: 1001, expiresAt: Date.now() + 10_000}, true);
	expect(await store.readToken('https://api.adultwork.com')).toBeUndefined();
	expect(await store.usableToken(api)).toBeUndefined();
	await store.saveToken({accessToken: 'secret-3', apiBaseUrl: api, userId: 1001, expiresAt: Date.now() + 600_000}, true);
	expect(await store.usableToken(api)).toBe('secret-3');
});
