// @vitest-environment node
import {useLocalApi} from '../../../test/helpers/use-local-api';
import {entryOf, expectError, expectOk, listRequests, putsOf, setUp, stateOf} from '../../../test/fake-browser/worker-setup';

const localApi = useLocalApi();

it('caches the offers with the time they were fetched, and the normal rates beside them', async () => {
	const {worker} = await setUp(localApi());
	const state = await stateOf(worker);
	expect(state.offers.map(entry => entry.offer.OfferID)).toEqual(
		localApi()
			.offersOf(1001)
			.map(offer => offer.OfferID),
	);
	expect(state.fetchedAt).toBeGreaterThan(Date.now() - 60_000);
	expect(state.rates).toEqual(expect.objectContaining({PrivatePPM: expect.any(Number)}));
	expect(state.refreshing).toBe(false);
});

it('asks again only when forced or when the cache is older than a minute', async () => {
	const {worker} = await setUp(localApi());
	const lists = listRequests(localApi()).length;
	expectOk(await worker.ask({type: 'refresh', force: false}));
	expect(listRequests(localApi())).toHaveLength(lists);
	expectOk(await worker.ask({type: 'refresh', force: true}));
	expect(listRequests(localApi())).toHaveLength(lists + 1);
	vi.useFakeTimers({toFake: ['Date'], now: Date.now() + 61_000});
	try {
		expectOk(await worker.ask({type: 'refresh', force: false}));
	} finally {
		vi.useRealTimers();
	}

	expect(listRequests(localApi())).toHaveLength(lists + 2);
});

it('ends a list whose body never ends at its deadline: the next refresh asks again instead of joining it', async () => {
	const {worker} = await setUp(localApi(), {tuning: {listTimeoutMs: 300, requestTimeoutMs: 300}});
	const lists = listRequests(localApi()).length;
	// The list and the settings, asked side by side, both stall.
	localApi().setSwitches({stallBodyNext: 2});
	expectError(await worker.ask({type: 'refresh', force: true}), 'timeout');
	expect((await stateOf(worker)).refreshing).toBe(false);
	expectOk(await worker.ask({type: 'refresh', force: true}));
	expect(listRequests(localApi())).toHaveLength(lists + 2);
	expect((await stateOf(worker)).error).toBeUndefined();
});

it('has one list request in flight however many callers ask', async () => {
	const {worker} = await setUp(localApi());
	const lists = listRequests(localApi()).length;
	localApi().setSwitches({latencyMs: 100});
	const replies = await Promise.all(Array.from({length: 8}, async () => worker.ask({type: 'refresh', force: true})));
	for (const reply of replies) {
		expectOk(reply);
	}

	expect(listRequests(localApi())).toHaveLength(lists + 1);
});

it('keeps the cache and says why when the list fails', async () => {
	const {worker} = await setUp(localApi());
	const before = await stateOf(worker);
	localApi().setSwitches({failNext: {count: 1, status: 503}});
	const reply = await worker.ask({type: 'refresh', force: true});
	const error = expectError(reply, 'server');
	expect(reply.state).toMatchObject({offers: before.offers, fetchedAt: before.fetchedAt, error});
	expectOk(await worker.ask({type: 'refresh', force: true}));
	expect((await stateOf(worker)).error).toBeUndefined();
});

it('reads the list wrapped in an object, and availability from CanPurchase when the list lacks it', async () => {
	const {worker} = await setUp(localApi());
	localApi().setSwitches({wrappedList: true, omitCurrentlyAvailable: true});
	const state = expectOk(await worker.ask({type: 'refresh', force: true}));
	// ScarlettRose does private and group shows, so an offer can be bought exactly when it is available.
	expect(state.offers.map(({offer}) => [offer.OfferID, offer.CurrentlyAvailable])).toEqual(
		localApi()
			.offersOf(1001)
			.map(offer => [offer.OfferID, offer.CurrentlyAvailable]),
	);
	// After an update, the availability that was sent is kept: the answer has none.
	const [first] = localApi().offersOf(1001);
	expectOk(await worker.ask({type: 'set-availability', offerId: first!.OfferID, available: !first!.CurrentlyAvailable}));
	await worker.settled();
	expect(entryOf(await stateOf(worker), first!.OfferID)!.offer.CurrentlyAvailable).toBe(!first!.CurrentlyAvailable);
});

describe('an API without the offer list', () => {
	it('says so, and adds offers by ID with their full fields, checked by one update', async () => {
		localApi().setSwitches({noListEndpoint: true});
		const {worker} = await setUp(localApi());
		const [known] = localApi().offersOf(1001);
		const state = expectOk(await worker.ask({type: 'refresh', force: true}));
		expect(state).toMatchObject({noOfferList: true, offers: []});
		expect(state.error).toBeUndefined();

		const fields = {Title: 'Added by ID', Duration: 20, TotalCredits: 15, ModeID: 3, CurrentlyAvailable: true, OfferNumber: known!.OfferNumber};
		const added = expectOk(await worker.ask({type: 'add-offer', offerId: known!.OfferID, fields}));
		expect(entryOf(added, known!.OfferID)!.offer).toMatchObject({...fields, OfferID: known!.OfferID});
		expect(putsOf(localApi(), known!.OfferID)).toHaveLength(1);

		// A refused ID joins nothing; the reason comes back.
		const error = expectError(await worker.ask({type: 'add-offer', offerId: 987_654, fields}), 'not-found');
		expect(error.message).toBeTruthy();
		const again = expectOk(await worker.ask({type: 'refresh', force: true}));
		expect(again.offers.map(({offer}) => offer.OfferID)).toEqual([known!.OfferID]);

		// Offers added by ID are changed like any other.
		expectOk(await worker.ask({type: 'set-availability', offerId: known!.OfferID, available: false}));
		await worker.settled();
		expect(localApi().offersOf(1001)[0]!.CurrentlyAvailable).toBe(false);
	});

	it('refuses an offer added with fields that break a rule, sending nothing', async () => {
		const {worker} = await setUp(localApi());
		const puts = putsOf(localApi()).length;
		const error = expectError(
			await worker.ask({type: 'add-offer', offerId: 5, fields: {Title: 'Cheap', Duration: 30, TotalCredits: 5, ModeID: 3, CurrentlyAvailable: true}}),
			'invalid-offer',
		);
		expect(error.violations).toEqual([expect.objectContaining({field: 'TotalCredits'})]);
		expect(putsOf(localApi())).toHaveLength(puts);
	});
});
