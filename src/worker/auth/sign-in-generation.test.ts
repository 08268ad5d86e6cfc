// @vitest-environment node
import {type LocalApi, startLocalApi} from '../../../test/local-api/server';
import {expectError, expectOk, setUp, stateOf} from '../../../test/fake-browser/worker-setup';
import {useLocalApi} from '../../../test/helpers/use-local-api';

const first = useLocalApi();
const verifications = (api: LocalApi) => api.requests.filter(request => /verifyCredentials/i.test(request.path));

async function expectNoToken(world: Awaited<ReturnType<typeof setUp>>['world']) {
	expect((await world.storage.session.get('token')).token).toBeUndefined();
	expect((await world.storage.local.get('token')).token).toBeUndefined();
}

it('stores nothing from a silent renewal that was still running when the user signed out', async () => {
	const {world, worker} = await setUp(first(), {token: null});
	expectOk(await worker.ask({type: 'sign-in'}));
	await worker.settled();
	const close = world.identity.holdOpen();
	first().setSwitches({failNext: {count: 1, status: 401}});
	const refresh = worker.ask({type: 'refresh', force: true});
	await vi.waitFor(() => {
		expect(world.identity.launches.filter(launch => !launch.interactive)).toHaveLength(1);
	});
	expectOk(await worker.ask({type: 'sign-out'}));
	close();
	await refresh;
	await worker.settled();
	const state = await stateOf(worker);
	expect(state.signedIn).toBe(false);
	expect(state.account).toBeUndefined();
	await expectNoToken(world);
});

it('drops a sign-in whose window was open when the user signed out', async () => {
	const {world, worker} = await setUp(first());
	const close = world.identity.holdOpen();
	const signIn = worker.ask({type: 'sign-in'});
	await vi.waitFor(() => {
		expect(world.identity.launches).toHaveLength(1);
	});
	expectOk(await worker.ask({type: 'sign-out'}));
	close();
	expectError(await signIn, 'sign-in-failed');
	expect(verifications(first())).toHaveLength(1);
	expect((await stateOf(worker)).signedIn).toBe(false);
	await expectNoToken(world);
});

describe('a change of API', () => {
	let other: LocalApi;
	beforeAll(async () => {
		other = await startLocalApi({port: 0});
	});
	afterAll(async () => other.close());

	it('voids a sign-in on the old API even when the user comes back before its window closes', async () => {
		const {world, worker} = await setUp(first(), {token: null});
		const close = world.identity.holdOpen();
		const signIn = worker.ask({type: 'sign-in'});
		await vi.waitFor(() => {
			expect(world.identity.launches).toHaveLength(1);
		});
		expectOk(await worker.ask({type: 'set-config', customBaseUrl: other.url}));
		expectOk(await worker.ask({type: 'set-config', customBaseUrl: first().url}));
		close();
		expectError(await signIn, 'sign-in-failed');
		expect(verifications(first())).toEqual([]);
		expect((await stateOf(worker)).signedIn).toBe(false);
		await expectNoToken(world);
	});
});
