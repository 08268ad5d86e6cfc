// @vitest-environment node
/*
The write path's failures as a performer met them, each against the local API (fake
browser, real HTTP). Each failed before the outbox record (`state/outbox.ts`).
*/
import {startWorker} from '../../../test/fake-browser/worker-harness';
import {demo, entryOf, expectError, expectOk, putsOf, setUp, stateOf} from '../../../test/fake-browser/worker-setup';
import {useLocalApi} from '../../../test/helpers/use-local-api';
import {pauseCommand} from '../events/commands';
import {tuning} from '../lib/tuning';
import {wakeAlarmName} from '../changes/wake-time';

const localApi = useLocalApi();
const offerOf = (offerId: number, userId = 1001) =>
	localApi()
		.offersOf(userId)
		.find(offer => offer.OfferID === offerId)!;
const first = () => localApi().offersOf(1001)[0]!;

afterEach(() => {
	vi.useRealTimers();
});

/** Moves the clock on, as the minutes of a show go by. */
function later(ms: number) {
	vi.useFakeTimers({toFake: ['Date'], now: Date.now() + ms, shouldAdvanceTime: true});
}

it('keeps a menu toggle made while a title edit is on its way, and the edit: different fields, both survive', async () => {
	const {worker, world} = await setUp(localApi());
	await world.install();
	const {OfferID, CurrentlyAvailable} = first();
	localApi().setSwitches({latencyMs: 150});
	expectOk(await worker.ask({type: 'update-offer', offerId: OfferID, patch: {Title: 'Late night special'}}));
	await world.menus.click(`offer:${OfferID}`);
	await worker.settled();
	expect(offerOf(OfferID)).toMatchObject({Title: 'Late night special', CurrentlyAvailable: !CurrentlyAvailable});
	// The toggle's request carried only what the user had set: the title it was built on was AdultWork's.
	expect(putsOf(localApi(), OfferID).map(put => put.CurrentlyAvailable)).toEqual([CurrentlyAvailable, !CurrentlyAvailable]);
});

describe('a refused edit', () => {
	it('holds back only its own field, with AdultWork’s words for it; a later toggle goes out alone', async () => {
		const {worker, world} = await setUp(localApi());
		await world.install();
		const {OfferID, Title, CurrentlyAvailable} = first();
		expectOk(await worker.ask({type: 'update-offer', offerId: OfferID, patch: {Title: 'Forbidden fruit'}}));
		await worker.settled();
		const refused = entryOf(await stateOf(worker), OfferID)!.change!;
		expect(refused).toMatchObject({status: 'refused', refused: {Title: {value: 'Forbidden fruit', message: 'Title contains a word that is not allowed.'}}});

		await world.menus.click(`offer:${OfferID}`);
		await worker.settled();
		expect(putsOf(localApi(), OfferID).at(-1)).toMatchObject({Title, CurrentlyAvailable: !CurrentlyAvailable});
		expect(offerOf(OfferID)).toMatchObject({Title, CurrentlyAvailable: !CurrentlyAvailable});

		// Pause-all does not send the refused title again either.
		expectOk(await worker.ask({type: 'pause-all'}));
		await worker.settled();
		expect(putsOf(localApi()).filter(put => put.Title === 'Forbidden fruit')).toHaveLength(1);

		// Discarding the refusal keeps the toggle AdultWork confirmed.
		const after = expectOk(await worker.ask({type: 'discard-change', offerId: OfferID}));
		expect(entryOf(after, OfferID)).toMatchObject({offer: {Title, CurrentlyAvailable: false}});
		expect(entryOf(after, OfferID)!.change).toBeUndefined();
	});

	it('is sent again only by the user’s Retry', async () => {
		const {worker} = await setUp(localApi());
		const {OfferID} = first();
		expectOk(await worker.ask({type: 'update-offer', offerId: OfferID, patch: {Title: 'Forbidden fruit'}}));
		await worker.settled();
		expectOk(await worker.ask({type: 'refresh', force: true}));
		await worker.settled();
		expect(putsOf(localApi(), OfferID)).toHaveLength(1);
		expectOk(await worker.ask({type: 'retry-change', offerId: OfferID}));
		await worker.settled();
		expect(putsOf(localApi(), OfferID)).toHaveLength(2);
	});
});

it('builds a toggle on a fresh copy: an edit made on the website meanwhile is kept', async () => {
	const {worker} = await setUp(localApi());
	const {OfferID, CurrentlyAvailable} = first();
	localApi().editAsWebsite(1001, OfferID, {TotalCredits: 44, Title: 'Renamed on the site'});
	later(tuning.freshCopyMs + 1000);
	expectOk(await worker.ask({type: 'set-availability', offerId: OfferID, available: !CurrentlyAvailable}));
	await worker.settled();
	expect(putsOf(localApi(), OfferID)).toEqual([
		expect.objectContaining({TotalCredits: 44, Title: 'Renamed on the site', CurrentlyAvailable: !CurrentlyAvailable}),
	]);
	expect(offerOf(OfferID)).toMatchObject({TotalCredits: 44, Title: 'Renamed on the site', CurrentlyAvailable: !CurrentlyAvailable});
});

it('pauses offers switched on at the website since the last list, and resumes exactly what it paused', async () => {
	const {worker, world} = await setUp(localApi());
	const off = localApi()
		.offersOf(1001)
		.find(offer => !offer.CurrentlyAvailable)!;
	const before = Object.fromEntries(
		localApi()
			.offersOf(1001)
			.map(offer => [offer.OfferID, offer.CurrentlyAvailable]),
	);
	localApi().editAsWebsite(1001, off.OfferID, {CurrentlyAvailable: true});
	await world.press(pauseCommand);
	await worker.settled();
	expect(
		localApi()
			.offersOf(1001)
			.filter(offer => offer.CurrentlyAvailable),
	).toEqual([]);
	expect((await stateOf(worker)).pausedOfferIds).toContain(off.OfferID);

	await world.press(pauseCommand);
	await worker.settled();
	expect(
		Object.fromEntries(
			localApi()
				.offersOf(1001)
				.map(offer => [offer.OfferID, offer.CurrentlyAvailable]),
		),
	).toEqual({...before, [off.OfferID]: true});
});

it('reads and writes two quick presses of the pause shortcut in turn: pause, then resume', async () => {
	const {worker, world} = await setUp(localApi());
	const before = localApi()
		.offersOf(1001)
		.map(offer => offer.CurrentlyAvailable);
	await Promise.all([world.press(pauseCommand), world.press(pauseCommand)]);
	await worker.settled();
	expect(
		localApi()
			.offersOf(1001)
			.map(offer => offer.CurrentlyAvailable),
	).toEqual(before);
	expect((await stateOf(worker)).pausedOfferIds).toEqual([]);
});

describe('a stopped worker', () => {
	it('leaves every stored change with an alarm due within a minute, which sends it with no page open', async () => {
		const {worker, world} = await setUp(localApi(), {tuning: {sendGapMs: 2000}});
		const {OfferID, CurrentlyAvailable} = first();
		expectOk(await worker.ask({type: 'set-availability', offerId: OfferID, available: !CurrentlyAvailable}));
		await worker.settled();
		expect((await world.alarms()).map(({name}) => name)).not.toContain(wakeAlarmName);
		// Queued behind the gap between two requests of one offer, with nothing else pending: stored, no request yet.
		const died = worker.dieAfterWrite(() => true);
		void worker.ask({type: 'set-availability', offerId: OfferID, available: CurrentlyAvailable});
		await died;
		const alarm = (await world.alarms()).find(({name}) => name === wakeAlarmName);
		expect(alarm!.scheduledTime).toBeLessThanOrEqual(Date.now() + 60_000);

		const next = await startWorker(world);
		await world.fireAlarm(wakeAlarmName);
		await next.settled();
		expect(offerOf(OfferID).CurrentlyAvailable).toBe(CurrentlyAvailable);
		expect(entryOf(await stateOf(next), OfferID)!.change).toBeUndefined();
	});
});

it('sends no change of one user with another’s token, even when the worker stops as a sign-in stores the token', async () => {
	const {worker, world} = await setUp(localApi());
	const {OfferID, CurrentlyAvailable} = first();
	localApi().setSwitches({failNext: {count: 1, status: 401}});
	expectOk(await worker.ask({type: 'set-availability', offerId: OfferID, available: !CurrentlyAvailable}));
	await worker.settled();
	const died = worker.dieAfterWrite(items => 'token' in items);
	void worker.ask({type: 'sign-in-with-token', token: demo.performer2Token});
	await died;

	// The popup still shows the first user's offers: one more toggle of theirs.
	const next = await startWorker(world);
	await next.ask({type: 'set-availability', offerId: localApi().offersOf(1001)[1]!.OfferID, available: false});
	await next.settled();
	expect(localApi().requests.filter(request => request.method === 'PUT' && request.headers.authorization === `bearer ${demo.performer2Token}`)).toEqual([]);
});

it('never sends one user’s changes with another user’s token: they wait for their owner', async () => {
	const {worker} = await setUp(localApi());
	const {OfferID, CurrentlyAvailable} = first();
	localApi().setSwitches({failNext: {count: 1, status: 401}});
	expectOk(await worker.ask({type: 'set-availability', offerId: OfferID, available: !CurrentlyAvailable}));
	await worker.settled();
	const puts = putsOf(localApi(), OfferID).length;

	expectOk(await worker.ask({type: 'sign-in-with-token', token: demo.performer2Token}));
	await worker.settled();
	expect(putsOf(localApi(), OfferID)).toHaveLength(puts);
	expect(localApi().requests.filter(request => request.method === 'PUT' && request.headers.authorization === `bearer ${demo.performer2Token}`)).toEqual([]);

	expectOk(await worker.ask({type: 'sign-in-with-token', token: demo.performerToken}));
	await worker.settled();
	expect(offerOf(OfferID).CurrentlyAvailable).toBe(!CurrentlyAvailable);
});

it('offers no discard while a change is on its way, so its answer never flips the offer back behind the user', async () => {
	const {worker} = await setUp(localApi());
	const {OfferID, CurrentlyAvailable} = first();
	localApi().setSwitches({latencyMs: 200});
	const shown = expectOk(await worker.ask({type: 'set-availability', offerId: OfferID, available: !CurrentlyAvailable}));
	expect(entryOf(shown, OfferID)!.change).toMatchObject({status: 'sending', canDiscard: false});
	expectError(await worker.ask({type: 'discard-change', offerId: OfferID}), 'change-in-flight');
	await worker.settled();
	expect(entryOf(await stateOf(worker), OfferID)!.offer.CurrentlyAvailable).toBe(!CurrentlyAvailable);
});

describe('bounds', () => {
	it('stops retrying after a day of failures, shown as not sent, until the user’s Retry', async () => {
		const {worker, world} = await setUp(localApi());
		const {OfferID, CurrentlyAvailable} = first();
		localApi().setSwitches({failNext: {count: 1000, status: 503}});
		expectOk(await worker.ask({type: 'set-availability', offerId: OfferID, available: !CurrentlyAvailable}));
		await worker.settled();
		later(tuning.giveUpAfterMs + 1000);
		await world.fireAlarm(wakeAlarmName);
		await worker.settled();
		expect(entryOf(await stateOf(worker), OfferID)!.change).toMatchObject({status: 'given-up'});
		expect((await world.alarms()).map(alarm => alarm.name)).not.toContain(wakeAlarmName);

		localApi().setSwitches({failNext: undefined});
		expectOk(await worker.ask({type: 'retry-change', offerId: OfferID}));
		await worker.settled();
		expect(offerOf(OfferID).CurrentlyAvailable).toBe(!CurrentlyAvailable);
	});

	it('counts an answer it cannot read as a failure, with a growing wait, not as a success', async () => {
		const {worker} = await setUp(localApi());
		const {OfferID, CurrentlyAvailable} = first();
		localApi().setSwitches({malformedJson: true});
		expectOk(await worker.ask({type: 'set-availability', offerId: OfferID, available: !CurrentlyAvailable}));
		await worker.settled();
		expect(entryOf(await stateOf(worker), OfferID)!.change).toMatchObject({error: {code: 'bad-response'}});
	});

	it('does not replay a change over 12 hours old at the next sign-in: it waits for the user’s Send', async () => {
		const {worker} = await setUp(localApi());
		const {OfferID, CurrentlyAvailable} = first();
		// AdultWork stops accepting the token: the change waits for the sign-in, which comes the next day.
		localApi().setSwitches({failNext: {count: 1, status: 401}});
		expectOk(await worker.ask({type: 'set-availability', offerId: OfferID, available: !CurrentlyAvailable}));
		await worker.settled();
		expect((await stateOf(worker)).signedIn).toBe(false);
		later(tuning.holdAfterMs + 60_000);
		expectOk(await worker.ask({type: 'sign-in-with-token', token: demo.performerToken}));
		await worker.settled();
		expect(offerOf(OfferID).CurrentlyAvailable).toBe(CurrentlyAvailable);
		expect(entryOf(await stateOf(worker), OfferID)!.change).toMatchObject({status: 'held', held: {CurrentlyAvailable: !CurrentlyAvailable}});

		expectOk(await worker.ask({type: 'retry-change', offerId: OfferID}));
		await worker.settled();
		expect(offerOf(OfferID).CurrentlyAvailable).toBe(!CurrentlyAvailable);
	});
});
