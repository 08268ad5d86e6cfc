// @vitest-environment node
import {useLocalApi} from '../../../test/helpers/use-local-api';
import {demo, entryOf, expectError, expectOk, listRequests, putsOf, setUp, stateOf} from '../../../test/fake-browser/worker-setup';
import {type LocalApi, startLocalApi} from '../../../test/local-api/server';

const localApi = useLocalApi();

const managerSetup = async () => setUp(localApi(), {token: demo.managerToken});
const [firstMember, secondMember] = demo.memberIds as [number, number];

it('lists the group’s members once the developer’s API key is set', async () => {
	const {worker} = await managerSetup();
	expect((await stateOf(worker)).members).toEqual([]);
	expectOk(await worker.ask({type: 'set-config', apiKey: demo.apiKey}));
	const state = expectOk(await worker.ask({type: 'refresh', force: true}));
	expect(state.members.map(member => member.userId).toSorted()).toEqual(demo.memberIds);
	expect(state.config.hasApiKey).toBe(true);
	expect(JSON.stringify(state)).not.toContain(demo.apiKey);
});

describe('the developer’s API key', () => {
	let other: LocalApi;
	beforeAll(async () => {
		other = await startLocalApi({port: 0});
	});
	afterAll(async () => other.close());

	const keyRequests = (on: LocalApi) => on.requests.filter(request => request.path.includes(demo.apiKey));
	const signInOn = async (worker: Awaited<ReturnType<typeof managerSetup>>['worker'], on: LocalApi) => {
		expectOk(await worker.ask({type: 'set-config', customBaseUrl: on.url}));
		// A sign-in asks for the offers and the members at once.
		return expectOk(await worker.ask({type: 'sign-in-with-token', token: demo.managerToken}));
	};

	it('goes to the API it was set for only, and is found again there', async () => {
		const {worker} = await managerSetup();
		expectOk(await worker.ask({type: 'set-config', apiKey: demo.apiKey}));
		expectOk(await worker.ask({type: 'refresh', force: true}));
		expect(keyRequests(localApi())).toHaveLength(1);

		const elsewhere = await signInOn(worker, other);
		expect(keyRequests(other)).toEqual([]);
		expect(elsewhere).toMatchObject({config: {apiBaseUrl: other.url, hasApiKey: false}, members: []});

		const back = await signInOn(worker, localApi());
		expect(back.config.hasApiKey).toBe(true);
		expect(back.members.map(member => member.userId).toSorted()).toEqual(demo.memberIds);
		expect(keyRequests(localApi())).toHaveLength(2);
	});
});

it('keeps one cache per member, and sends a member’s changes in the group form', async () => {
	const {worker} = await managerSetup();
	const first = expectOk(await worker.ask({type: 'choose-member', userId: firstMember}));
	expect(first.actingFor).toBe(firstMember);
	expect(first.offers.map(({offer}) => offer.OfferID)).toEqual(
		localApi()
			.offersOf(firstMember)
			.map(offer => offer.OfferID),
	);
	expect(listRequests(localApi()).at(-1)!.path).toMatch(/^\/v1\/Groups\/DirectCam\/GetDirectCamSpecialOffers/i);

	const second = expectOk(await worker.ask({type: 'choose-member', userId: secondMember}));
	expect(second.offers.map(({offer}) => offer.OfferID)).toEqual(
		localApi()
			.offersOf(secondMember)
			.map(offer => offer.OfferID),
	);
	const lists = listRequests(localApi()).length;
	const back = expectOk(await worker.ask({type: 'choose-member', userId: firstMember}));
	expect(back.offers).toEqual(first.offers);
	expect(listRequests(localApi())).toHaveLength(lists);

	const [offer] = localApi().offersOf(firstMember);
	expectOk(await worker.ask({type: 'set-availability', offerId: offer!.OfferID, available: !offer!.CurrentlyAvailable}));
	// Switching members while the change is on its way does not change whose offer it is.
	expectOk(await worker.ask({type: 'choose-member', userId: secondMember}));
	await worker.settled();
	expect(putsOf(localApi(), offer!.OfferID)).toEqual([expect.objectContaining({UserID: firstMember})]);
	expect(localApi().offersOf(firstMember)[0]!.CurrentlyAvailable).toBe(!offer!.CurrentlyAvailable);
	expectOk(await worker.ask({type: 'choose-member', userId: null}));
	expect(entryOf(expectOk(await worker.ask({type: 'choose-member', userId: firstMember})), offer!.OfferID)!.change).toBeUndefined();
});

it('lets only a group manager act for a member', async () => {
	const {worker} = await setUp(localApi());
	expectError(await worker.ask({type: 'choose-member', userId: firstMember}), 'not-a-manager');
});
