// @vitest-environment node
import {useLocalApi} from '../../../test/helpers/use-local-api';
import {demo, entryOf, expectError, expectOk, putsOf, setUp, stateOf} from '../../../test/fake-browser/worker-setup';

const localApi = useLocalApi();

const signedOutSetup = async () => setUp(localApi(), {token: null});

describe('the implicit grant', () => {
	it('signs in through the browser’s sign-in window, honouring the token’s lifetime', async () => {
		const {world, worker} = await signedOutSetup();
		const before = Date.now();
		const state = expectOk(await worker.ask({type: 'sign-in'}));
		expect(state).toMatchObject({signedIn: true, account: {userId: demo.performerId, isGroupManager: false}});
		expect(state.offers).toHaveLength(localApi().offersOf(1001).length);
		const [launch] = world.identity.launches;
		expect(launch!.interactive).toBe(true);
		const url = new URL(launch!.url);
		expect(url.href.startsWith(`${localApi().url}/OAuth/Authorize?`)).toBe(true);
		expect(url.searchParams.get('client_id')).toBe(demo.clientId);
		expect(url.searchParams.get('redirect_uri')).toBe(state.config.redirectUrl);
		expect(url.searchParams.get('response_type')).toBe('token');
		expect(url.searchParams.get('state')).toMatch(/^[\da-f]{32}$/);
		expect(state.account!.tokenExpiresAt).toBeGreaterThan(before);
		expect(state.account!.tokenExpiresAt).toBeLessThan(before + 24 * 3600 * 1000);
	});

	it('reports a cancelled sign-in, and a closed window, as cancelled', async () => {
		const {world, worker} = await signedOutSetup();
		world.identity.user = 'cancel';
		expectError(await worker.ask({type: 'sign-in'}), 'sign-in-cancelled');
		world.identity.user = 'close';
		expectError(await worker.ask({type: 'sign-in'}), 'sign-in-cancelled');
		expect((await stateOf(worker)).signedIn).toBe(false);
	});

	it('says clearly that the client ID is wrong', async () => {
		const {worker} = await signedOutSetup();
		expectOk(await worker.ask({type: 'set-config', clientId: 'not-our-client'}));
		const error = expectError(await worker.ask({type: 'sign-in'}), 'bad-client-id');
		expect(error.message).toContain('not-our-client');
		expect(error.serverMessage).toMatch(/client_id/i);
		expectOk(await worker.ask({type: 'set-config', clientId: ''}));
		expectError(await worker.ask({type: 'sign-in'}), 'bad-client-id');
	});

	it('ignores an answer that belongs to another sign-in', async () => {
		const {world, worker} = await signedOutSetup();
		world.identity.tamper = url => url.replace(/state=[^&]+/, 'state=forged');
		expect(expectError(await worker.ask({type: 'sign-in'}), 'sign-in-failed').message).toMatch(/did not belong/);
		expect((await stateOf(worker)).signedIn).toBe(false);
	});
});

describe('a pasted token', () => {
	it('is checked with AdultWork before it is kept', async () => {
		const {worker} = await signedOutSetup();
		expectError(await worker.ask({type: 'sign-in-with-token', token: 'expired-token'}), 'unauthorized');
		expect((await stateOf(worker)).signedIn).toBe(false);
		const state = expectOk(await worker.ask({type: 'sign-in-with-token', token: ` ${demo.managerToken} `}));
		expect(state.account).toMatchObject({userId: demo.managerId, isGroupManager: true});
		expect(state.account!.tokenExpiresAt).toBeUndefined();
	});
});

describe('when AdultWork stops accepting the token', () => {
	it('signs in again silently, once for all the requests that met the 401', async () => {
		const {world, worker} = await signedOutSetup();
		expectOk(await worker.ask({type: 'sign-in'}));
		const available = localApi()
			.offersOf(1001)
			.filter(offer => offer.CurrentlyAvailable).length;
		// Every update in flight at once meets a 401 (slow answers keep them together).
		localApi().setSwitches({latencyMs: 100, failNext: {count: available, status: 401}});
		expectOk(await worker.ask({type: 'pause-all'}));
		await worker.settled();
		expect(world.identity.launches.filter(launch => !launch.interactive)).toHaveLength(1);
		expect(localApi().requests.filter(request => request.status === 401)).toHaveLength(available);
		expect(
			localApi()
				.offersOf(1001)
				.every(offer => !offer.CurrentlyAvailable),
		).toBe(true);
		expect((await stateOf(worker)).signedIn).toBe(true);
	});

	it('signs in silently before a request when the token has expired, without a wasted 401', async () => {
		const {world, worker} = await signedOutSetup();
		expectOk(await worker.ask({type: 'sign-in'}));
		const {token} = (await world.storage.session.get('token')) as {token: {expiresAt: number}};
		// The clock moves on past the token's end, for the worker and for AdultWork alike.
		vi.useFakeTimers({toFake: ['Date'], now: token.expiresAt + 1000});
		onTestFinished(() => {
			vi.useRealTimers();
		});
		const requestsBefore = localApi().requests.length;
		expectOk(await worker.ask({type: 'refresh', force: true}));
		expect(world.identity.launches.filter(launch => !launch.interactive)).toHaveLength(1);
		expect(
			localApi()
				.requests.slice(requestsBefore)
				.some(request => /GetDirectCamSpecialOffers/.test(request.path)),
		).toBe(true);
		expect(
			localApi()
				.requests.slice(requestsBefore)
				.filter(request => request.status === 401),
		).toEqual([]);
	});

	it('marks the user signed out when that fails, keeps the change, and sends it after the next sign-in', async () => {
		const {world, worker} = await setUp(localApi());
		await world.install();
		const {OfferID, CurrentlyAvailable} = localApi().offersOf(1001)[0]!;
		localApi().setSwitches({failNext: {count: 1, status: 401}});
		expectOk(await worker.ask({type: 'set-availability', offerId: OfferID, available: !CurrentlyAvailable}));
		await worker.settled();
		const state = await stateOf(worker);
		expect(state.signedIn).toBe(false);
		expect(state.error!.code).toBe('not-signed-in');
		expect(entryOf(state, OfferID)!.change).toMatchObject({status: 'waiting-for-sign-in', patch: {CurrentlyAvailable: !CurrentlyAvailable}});
		expect(await world.badge()).toMatchObject({text: '!', title: expect.stringMatching(/signed out/i)});
		expect(world.menus.item('sign-in')).toBeDefined();

		expectOk(await worker.ask({type: 'sign-in-with-token', token: demo.performerToken}));
		await worker.settled();
		expect(localApi().offersOf(1001)[0]!.CurrentlyAvailable).toBe(!CurrentlyAvailable);
		expect(entryOf(await stateOf(worker), OfferID)!.change).toBeUndefined();
		expect(putsOf(localApi(), OfferID).filter(body => body.CurrentlyAvailable === !CurrentlyAvailable).length).toBeGreaterThanOrEqual(1);
	});
});

it('signs out on request, forgetting the token but not the changes that wait', async () => {
	const {world, worker} = await setUp(localApi());
	const state = expectOk(await worker.ask({type: 'sign-out'}));
	expect(state).toMatchObject({signedIn: false, offers: []});
	expect(state.account).toBeUndefined();
	expect((await world.storage.session.get('token')).token).toBeUndefined();
	expect((await world.storage.local.get('token')).token).toBeUndefined();
	expectError(await worker.ask({type: 'refresh', force: true}), 'not-signed-in');
});
