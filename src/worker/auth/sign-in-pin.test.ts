// @vitest-environment node
import {type LocalApi, startLocalApi} from '../../../test/local-api/server';
import {expectError, expectOk, setUp, stateOf} from '../../../test/fake-browser/worker-setup';
import {useLocalApi} from '../../../test/helpers/use-local-api';

const first = useLocalApi();
let other: LocalApi;
beforeAll(async () => {
	other = await startLocalApi({port: 0});
});
afterAll(async () => other.close());
beforeEach(() => {
	other.reset();
});

const verifications = (api: LocalApi) => api.requests.filter(request => /verifyCredentials/i.test(request.path));

/** A sign-in on the first API whose window stays open while `meanwhile` runs; the sign-in's reply. */
async function signInWhile(meanwhile: (ask: (request: Record<string, unknown>) => Promise<unknown>) => Promise<unknown>) {
	const {world, worker} = await setUp(first(), {token: null});
	const close = world.identity.holdOpen();
	const reply = worker.ask({type: 'sign-in'});
	await vi.waitFor(() => {
		expect(world.identity.launches).toHaveLength(1);
	});
	await meanwhile(async request => worker.ask(request));
	close();
	return {world, worker, reply: await reply};
}

it('drops a grant whose API was changed while its window was open, sending its token nowhere', async () => {
	const {world, worker, reply} = await signInWhile(async ask => ask({type: 'set-config', customBaseUrl: other.url}));
	expect(other.requests.filter(request => request.headers.authorization)).toEqual([]);
	expectError(reply, 'sign-in-failed');
	expect(verifications(first())).toEqual([]);
	expect(expectOk(await worker.ask({type: 'get-state'}))).toMatchObject({signedIn: false, config: {apiBaseUrl: other.url}});
	expect((await world.storage.session.get('token')).token).toBeUndefined();
});

it('drops a grant whose client ID was changed while its window was open', async () => {
	const {worker, reply} = await signInWhile(async ask => ask({type: 'set-config', clientId: 'another-client'}));
	expect(expectError(reply, 'sign-in-failed').message).toMatch(/changed/);
	expect(verifications(first())).toEqual([]);
	expect((await stateOf(worker)).signedIn).toBe(false);
});
