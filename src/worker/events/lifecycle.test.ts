// @vitest-environment node
import {useLocalApi} from '../../../test/helpers/use-local-api';
import {createFakeWorld} from '../../../test/fake-browser/fake-world';
import {startWorker} from '../../../test/fake-browser/worker-harness';
import {entryOf, expectOk, listRequests, putsOf, setUp, stateOf, withoutRevision} from '../../../test/fake-browser/worker-setup';
import {wakeAlarmName} from '../changes/wake-time';

const localApi = useLocalApi();

const firstOffer = () => localApi().offersOf(1001)[0]!;

/** A stored cache whose outbox holds a request of this offer on its way. */
const storesInFlight = (offerId: number) => (items: Record<string, unknown>) =>
	Object.entries(items).some(
		([key, cache]) => key.startsWith('book:') && (cache as {outbox: Record<string, {inFlight?: unknown}>}).outbox[offerId]?.inFlight !== undefined,
	);

describe('a worker stopped in the middle of a write', () => {
	it('sends a change stored just before the stop, once, when the next worker wakes', async () => {
		const {world, worker} = await setUp(localApi());
		const {OfferID, CurrentlyAvailable} = firstOffer();
		// Stored and claimed for sending in one write; the worker stops before the request leaves.
		const died = worker.dieAfterWrite(storesInFlight(OfferID));
		void worker.ask({type: 'set-availability', offerId: OfferID, available: !CurrentlyAvailable});
		await died;
		expect(putsOf(localApi(), OfferID)).toHaveLength(0);

		// Every module is loaded again: only the browser's storage, alarms and menus remain.
		const next = await startWorker(world);
		await world.startup();
		await next.settled();
		expect(putsOf(localApi(), OfferID)).toHaveLength(1);
		expect(localApi().offersOf(1001)[0]!.CurrentlyAvailable).toBe(!CurrentlyAvailable);
		expect(entryOf(await stateOf(next), OfferID)!.change).toBeUndefined();
	});

	it('does not send again a change AdultWork took while the worker stopped waiting for the answer', async () => {
		const {world, worker} = await setUp(localApi());
		const {OfferID, CurrentlyAvailable} = firstOffer();
		localApi().setSwitches({latencyMs: 150});
		expectOk(await worker.ask({type: 'set-availability', offerId: OfferID, available: !CurrentlyAvailable}));
		await vi.waitFor(() => {
			expect(putsOf(localApi(), OfferID)).toHaveLength(1);
		});
		worker.kill();
		// The stopped worker had asked the browser to wake it should the send stall.
		expect((await world.alarms()).map(alarm => alarm.name)).toContain(wakeAlarmName);

		const next = await startWorker(world);
		await world.fireAlarm(wakeAlarmName);
		await next.settled();
		expect(putsOf(localApi(), OfferID)).toHaveLength(1);
		expect(localApi().offersOf(1001)[0]!.CurrentlyAvailable).toBe(!CurrentlyAvailable);
		const entry = entryOf(await stateOf(next), OfferID)!;
		expect(entry.change).toBeUndefined();
		expect(entry.offer.CurrentlyAvailable).toBe(!CurrentlyAvailable);
	});

	it('resumes a retry that was waiting when the browser closed', async () => {
		const {world, worker} = await setUp(localApi());
		const {OfferID, CurrentlyAvailable} = firstOffer();
		localApi().setSwitches({failNext: {count: 1, status: 503}});
		expectOk(await worker.ask({type: 'set-availability', offerId: OfferID, available: !CurrentlyAvailable}));
		await worker.settled();
		worker.kill();

		const next = await startWorker(world);
		await world.startup();
		await next.settled();
		expect(putsOf(localApi(), OfferID)).toHaveLength(2);
		expect(localApi().offersOf(1001)[0]!.CurrentlyAvailable).toBe(!CurrentlyAvailable);
		expect((await world.badge()).text).toBe('');
	});

	it('claims a change on a stale copy in the write that stores the list, and a stop right after it loses nothing', async () => {
		const {world, worker} = await setUp(localApi());
		const {OfferID, CurrentlyAvailable} = firstOffer();
		// The cached copy is over 30 s old: the list comes first.
		vi.useFakeTimers({toFake: ['Date'], now: Date.now() + 31_000, shouldAdvanceTime: true});
		try {
			const clickedAt = Date.now();
			let listWrite: Record<string, unknown> = {};
			const storesList = (items: Record<string, unknown>) =>
				Object.entries(items).some(([key, cache]) => key.startsWith('book:') && ((cache as {fetchedAt?: number}).fetchedAt ?? 0) >= clickedAt);
			const died = worker.dieAfterWrite(items => {
				listWrite = items;
				return storesList(items);
			});
			void worker.ask({type: 'set-availability', offerId: OfferID, available: !CurrentlyAvailable});
			await died;
			expect(storesInFlight(OfferID)(listWrite)).toBe(true);
			expect(putsOf(localApi(), OfferID)).toHaveLength(0);

			// The stopped worker's claim may have reached AdultWork: the next one reads the list again first.
			const lists = listRequests(localApi()).length;
			vi.setSystemTime(Date.now() + 1000);
			const next = await startWorker(world);
			await world.startup();
			await next.settled();
			expect(listRequests(localApi()).length).toBeGreaterThan(lists);
			expect(putsOf(localApi(), OfferID)).toHaveLength(1);
			expect(localApi().offersOf(1001)[0]!.CurrentlyAvailable).toBe(!CurrentlyAvailable);
			expect(entryOf(await stateOf(next), OfferID)!.change).toBeUndefined();
		} finally {
			vi.useRealTimers();
		}
	});
});

it('keeps no state of record in memory: a new worker shows exactly what the old one did', async () => {
	const {world, worker} = await setUp(localApi());
	const {OfferID} = firstOffer();
	expectOk(await worker.ask({type: 'refresh', force: true}));
	localApi().setSwitches({failNext: {count: 1, status: 400}});
	expectOk(await worker.ask({type: 'update-offer', offerId: OfferID, patch: {Title: 'Refused title'}}));
	expectOk(await worker.ask({type: 'save-draft', offerId: OfferID, draft: {touched: {Title: 'Typing…'}, openedOn: {Title: 'Before'}}}));
	await worker.settled();
	const before = await stateOf(worker);
	worker.kill();

	const next = await startWorker(world);
	expect(withoutRevision(await stateOf(next))).toEqual(withoutRevision(before));
	const lists = listRequests(localApi()).length;
	// Still fresh: the cache's time came back with it.
	expectOk(await next.ask({type: 'refresh', force: false}));
	expect(listRequests(localApi())).toHaveLength(lists);
});

it('builds the menus on install and on browser start without duplicates, and skips a build that changes nothing', async () => {
	const {world, worker} = await setUp(localApi());
	await world.install();
	const built = world.menus.items();
	expect(built.length).toBeGreaterThan(localApi().offersOf(1001).length);
	await world.startup();
	worker.kill();
	const next = await startWorker(world);
	await world.startup();
	const builds = world.menus.counts.removeAll;
	expectOk(await next.ask({type: 'refresh', force: true}));
	await next.settled();
	expect(world.menus.counts.removeAll).toBe(builds);
	expect(world.menus.errors).toEqual([]);
	expect(world.menus.items()).toEqual(built);
});

it('greets a new install with the build’s environment, the sign-in item and a badge that says why', async () => {
	const world = createFakeWorld();
	const worker = await startWorker(world);
	await world.install();
	const state = await stateOf(worker);
	// The test build defines no environment: production, with no client ID yet.
	expect(state).toMatchObject({signedIn: false, offers: [], config: {environment: 'production', apiBaseUrl: 'https://api.adultwork.com', rememberMe: false}});
	expect(state.config.clientId).toBeUndefined();
	expect(world.menus.items().map(item => item.id)).toEqual(
		['directcam', 'no-offers', 'separator', 'sign-in', 'open-panel']
			.flatMap(id => [id, `page/${id}`])
			.toSorted((a, b) => Number(a.startsWith('page/')) - Number(b.startsWith('page/'))),
	);
	expect(await world.badge()).toMatchObject({text: '!', title: expect.stringMatching(/sign in/i)});
});
