// @vitest-environment node
import {useLocalApi} from '../../../test/helpers/use-local-api';
import {errorShapes} from '../../../test/local-api/switches';
import {entryOf, expectOk, putsOf, setUp, stateOf} from '../../../test/fake-browser/worker-setup';
import {wakeAlarmName} from '../changes/wake-time';

const localApi = useLocalApi();

const firstOffer = () => localApi().offersOf(1001)[0]!;
const serverOffer = (offerId: number) =>
	localApi()
		.offersOf(1001)
		.find(offer => offer.OfferID === offerId)!;

describe('coalescing', () => {
	it('sends ten quick toggles as at most two updates, and the last intent wins', async () => {
		const {worker} = await setUp(localApi());
		const {OfferID, CurrentlyAvailable} = firstOffer();
		// Slow answers: the first update is still in flight while the other toggles arrive.
		localApi().setSwitches({latencyMs: 300});
		let available = CurrentlyAvailable;
		for (let toggle = 0; toggle < 10; toggle++) {
			available = !available;
			expectOk(await worker.ask({type: 'set-availability', offerId: OfferID, available}));
		}

		await worker.settled();
		expect(putsOf(localApi(), OfferID).length).toBeLessThanOrEqual(2);
		expect(putsOf(localApi(), OfferID).at(-1)!.CurrentlyAvailable).toBe(available);
		expect(serverOffer(OfferID).CurrentlyAvailable).toBe(available);
		const entry = entryOf(await stateOf(worker), OfferID)!;
		expect(entry.change).toBeUndefined();
		expect(entry.offer.CurrentlyAvailable).toBe(available);
	});

	it('keeps quick toggles to two updates even when AdultWork answers at once: the second waits for the gap', async () => {
		// A gap far longer than the ten toggles take, so that they all fall in it.
		const {worker} = await setUp(localApi(), {tuning: {sendGapMs: 1000}});
		const {OfferID, CurrentlyAvailable} = firstOffer();
		let available = CurrentlyAvailable;
		for (let toggle = 0; toggle < 10; toggle++) {
			available = !available;
			expectOk(await worker.ask({type: 'set-availability', offerId: OfferID, available}));
		}

		await worker.settled();
		expect(putsOf(localApi(), OfferID).map(put => put.CurrentlyAvailable)).toEqual([!CurrentlyAvailable, available]);
		expect(serverOffer(OfferID).CurrentlyAvailable).toBe(available);
	});

	it('keeps a title edit from the popup and a toggle from the menu on the same offer', async () => {
		const {worker, world} = await setUp(localApi());
		await world.install();
		const {OfferID, CurrentlyAvailable} = firstOffer();
		localApi().setSwitches({latencyMs: 200});
		expectOk(await worker.ask({type: 'update-offer', offerId: OfferID, patch: {Title: 'Late night special'}}));
		await world.menus.click(`offer:${OfferID}`);
		await worker.settled();
		expect(serverOffer(OfferID)).toMatchObject({Title: 'Late night special', CurrentlyAvailable: !CurrentlyAvailable});
		expect(entryOf(await stateOf(worker), OfferID)).toMatchObject({offer: {Title: 'Late night special', CurrentlyAvailable: !CurrentlyAvailable}});
		expect(entryOf(await stateOf(worker), OfferID)!.change).toBeUndefined();
	});

	it('sends the full offer with its number, and refuses an invalid one before sending anything', async () => {
		const {worker} = await setUp(localApi());
		const offer = firstOffer();
		expectOk(await worker.ask({type: 'update-offer', offerId: offer.OfferID, patch: {Title: 'Renamed'}}));
		await worker.settled();
		expect(putsOf(localApi(), offer.OfferID)).toEqual([
			expect.objectContaining({
				OfferID: offer.OfferID,
				OfferNumber: offer.OfferNumber,
				Title: 'Renamed',
				Duration: offer.Duration,
				ModeID: offer.ModeID,
				CurrentlyAvailable: offer.CurrentlyAvailable,
			}),
		]);
		const reply = await worker.ask({type: 'update-offer', offerId: offer.OfferID, patch: {Title: ' '}});
		expect(reply).toMatchObject({ok: false, error: {code: 'invalid-offer', violations: [{field: 'Title', message: 'Title is required'}]}});
		await worker.settled();
		expect(putsOf(localApi(), offer.OfferID)).toHaveLength(1);
	});

	it('turns a saved form into the pending change: its draft goes', async () => {
		const {worker} = await setUp(localApi());
		const {OfferID} = firstOffer();
		const draft = {touched: {Title: 'Half typ'}, openedOn: {Title: firstOffer().Title}};
		expectOk(await worker.ask({type: 'save-draft', offerId: OfferID, draft}));
		expect(entryOf(await stateOf(worker), OfferID)!.draft).toEqual(draft);
		expectOk(await worker.ask({type: 'update-offer', offerId: OfferID, patch: {Title: 'Half typed'}}));
		expect(entryOf(await stateOf(worker), OfferID)!.draft).toBeUndefined();
	});
});

describe('failures that pass', () => {
	// `carriedOut`: whether the local API made the change before its answer went wrong.
	const transient = [
		{name: '503', switches: {failNext: {count: 1, status: 503}}, code: 'server', carriedOut: false},
		{name: '500', switches: {failNext: {count: 1, status: 500}}, code: 'server', carriedOut: false},
		{name: '502', switches: {failNext: {count: 1, status: 502}}, code: 'server', carriedOut: false},
		{name: '429', switches: {failNext: {count: 1, status: 429}}, code: 'rate-limited', carriedOut: false},
		{name: 'a dropped connection', switches: {dropNext: 1}, code: 'network', carriedOut: false},
		{name: 'an unreadable answer', switches: {malformedJson: true}, code: 'bad-response', carriedOut: true},
	];

	it.each(transient)('keeps the change pending after $name and sends it on the retry alarm, only if needed', async ({switches, code, carriedOut}) => {
		const {worker, world} = await setUp(localApi());
		const {OfferID, CurrentlyAvailable} = firstOffer();
		localApi().setSwitches(switches as never);
		expectOk(await worker.ask({type: 'set-availability', offerId: OfferID, available: !CurrentlyAvailable}));
		await worker.settled();
		const waiting = entryOf(await stateOf(worker), OfferID)!;
		expect(waiting.change).toMatchObject({patch: {CurrentlyAvailable: !CurrentlyAvailable}, error: {code}});
		expect((await world.badge()).text).toBe('1');
		expect((await world.alarms()).map(alarm => alarm.name)).toContain(wakeAlarmName);

		localApi().setSwitches({malformedJson: false});
		await world.fireAlarm(wakeAlarmName);
		await worker.settled();
		expect(serverOffer(OfferID).CurrentlyAvailable).toBe(!CurrentlyAvailable);
		// A change AdultWork made although its answer was lost is seen in the list, and not sent again.
		expect(putsOf(localApi(), OfferID)).toHaveLength(carriedOut ? 1 : 2);
		expect(entryOf(await stateOf(worker), OfferID)!.change).toBeUndefined();
		expect((await world.badge()).text).toBe('');
		expect((await world.alarms()).map(alarm => alarm.name)).not.toContain(wakeAlarmName);
	});

	it('waits as long as AdultWork asks with Retry-After', async () => {
		const {worker, world} = await setUp(localApi(), {tuning: {retryDelaysMs: [30_000]}});
		const {OfferID, CurrentlyAvailable} = firstOffer();
		localApi().setSwitches({failNext: {count: 1, status: 429, retryAfter: '600'}});
		const before = Date.now();
		expectOk(await worker.ask({type: 'set-availability', offerId: OfferID, available: !CurrentlyAvailable}));
		await worker.settled();
		const {change} = entryOf(await stateOf(worker), OfferID)!;
		expect(change).toMatchObject({status: 'backing-off'});
		expect(change!.nextAttemptAt).toBeGreaterThanOrEqual(before + 600_000);
		const alarm = (await world.alarms()).find(({name}) => name === wakeAlarmName)!;
		expect(alarm.scheduledTime).toBe(change!.nextAttemptAt);
		// Woken early (another change's alarm, say), it still waits.
		await world.fireAlarm(wakeAlarmName);
		await worker.settled();
		expect(putsOf(localApi(), OfferID)).toHaveLength(1);
	});

	it('gives up on a request that takes too long, and tries again later', async () => {
		const {worker, world} = await setUp(localApi(), {tuning: {requestTimeoutMs: 100}});
		const {OfferID, CurrentlyAvailable} = firstOffer();
		localApi().setSwitches({latencyMs: 400});
		expectOk(await worker.ask({type: 'set-availability', offerId: OfferID, available: !CurrentlyAvailable}));
		await worker.settled();
		expect(entryOf(await stateOf(worker), OfferID)!.change).toMatchObject({error: {code: 'timeout'}});
		localApi().setSwitches({latencyMs: 0});
		await world.fireAlarm(wakeAlarmName);
		await worker.settled();
		expect(entryOf(await stateOf(worker), OfferID)!.change).toBeUndefined();
		expect(serverOffer(OfferID).CurrentlyAvailable).toBe(!CurrentlyAvailable);
	});
});

describe('refusals', () => {
	it.each([400, 403, 404])('keeps a change AdultWork refuses with %i as refused, with its words, until retried or discarded', async status => {
		const {worker, world} = await setUp(localApi());
		const {OfferID, Title} = firstOffer();
		localApi().setSwitches({failNext: {count: 1, status}});
		expectOk(await worker.ask({type: 'update-offer', offerId: OfferID, patch: {Title: `${Title}!`}}));
		await worker.settled();
		const state = await stateOf(worker);
		const {change} = entryOf(state, OfferID)!;
		expect(change).toMatchObject({status: 'refused', patch: {}, refused: {Title: {value: `${Title}!`}}});
		const {message} = change!.refused.Title!;
		expect(message).toBeTruthy();
		expect(await world.badge()).toMatchObject({text: '!', title: expect.stringContaining(message)});
		// Nothing is retried behind the user's back.
		expect((await world.alarms()).map(alarm => alarm.name)).not.toContain(wakeAlarmName);

		expectOk(await worker.ask({type: 'retry-change', offerId: OfferID}));
		await worker.settled();
		expect(localApi().offersOf(1001)[0]!.Title).toBe(`${Title}!`);
		expect(entryOf(await stateOf(worker), OfferID)!.change).toBeUndefined();
		expect((await world.badge()).text).toBe('');
	});

	it('forgets a refused change on discard, showing the confirmed offer again', async () => {
		const {worker} = await setUp(localApi());
		const {OfferID, Title} = firstOffer();
		localApi().setSwitches({failNext: {count: 1, status: 400}});
		expectOk(await worker.ask({type: 'update-offer', offerId: OfferID, patch: {Title: 'Nope'}}));
		await worker.settled();
		const state = expectOk(await worker.ask({type: 'discard-change', offerId: OfferID}));
		expect(entryOf(state, OfferID)).toMatchObject({offer: {Title}});
		expect(entryOf(state, OfferID)!.change).toBeUndefined();
		expect(putsOf(localApi(), OfferID)).toHaveLength(1);
	});

	it.each(errorShapes)('reads AdultWork’s words in a %s error', async shape => {
		const {worker} = await setUp(localApi());
		const {OfferID} = firstOffer();
		localApi().setSwitches({errorShape: shape, failNext: {count: 1, status: 400}});
		expectOk(await worker.ask({type: 'update-offer', offerId: OfferID, patch: {Title: 'Other shape'}}));
		await worker.settled();
		const {message} = entryOf(await stateOf(worker), OfferID)!.change!.refused.Title!;
		expect(message).toBe(shape === 'empty' ? 'AdultWork refused the change' : 'The request is invalid.');
	});
});
