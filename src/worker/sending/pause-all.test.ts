// @vitest-environment node
import {useLocalApi} from '../../../test/helpers/use-local-api';
import {startWorker} from '../../../test/fake-browser/worker-harness';
import {expectOk, putsOf, setUp, stateOf} from '../../../test/fake-browser/worker-setup';
import {pauseCommand} from '../events/commands';

const localApi = useLocalApi();

const availability = () =>
	Object.fromEntries(
		localApi()
			.offersOf(1001)
			.map(offer => [offer.OfferID, offer.CurrentlyAvailable]),
	);

it('pauses every available offer with the keyboard command, and the menu item resumes exactly those', async () => {
	const {world, worker} = await setUp(localApi());
	await world.install();
	const before = availability();
	const wereAvailable = Object.keys(before)
		.filter(id => before[id])
		.map(Number);
	expect(wereAvailable.length).toBeGreaterThan(0);
	expect(wereAvailable.length).toBeLessThan(Object.keys(before).length);

	await world.press(pauseCommand);
	await worker.settled();
	expect(Object.values(availability()).every(available => !available)).toBe(true);
	const paused = await stateOf(worker);
	expect(paused.pausedOfferIds.toSorted()).toEqual(wereAvailable.toSorted());
	expect(await world.badge()).toMatchObject({text: '❚❚'});
	expect(world.menus.item('pause-all')!.title).toBe('Resume paused offers');
	// Offers that were off were left alone.
	expect(
		putsOf(localApi())
			.map(body => body.OfferID)
			.toSorted(),
	).toEqual(wereAvailable.toSorted());

	await world.menus.click('pause-all');
	await worker.settled();
	expect(availability()).toEqual(before);
	expect((await stateOf(worker)).pausedOfferIds).toEqual([]);
	expect(await world.badge()).toMatchObject({text: ''});
	expect(world.menus.item('pause-all')!.title).toBe('Pause all offers');
	expect(world.menus.errors).toEqual([]);
});

it('resumes only what it paused: an offer switched on by hand meanwhile stays on', async () => {
	const {worker} = await setUp(localApi());
	const before = availability();
	const off = localApi()
		.offersOf(1001)
		.find(offer => !offer.CurrentlyAvailable)!;
	expectOk(await worker.ask({type: 'pause-all'}));
	expectOk(await worker.ask({type: 'set-availability', offerId: off.OfferID, available: true}));
	expectOk(await worker.ask({type: 'resume-all'}));
	await worker.settled();
	expect(availability()).toEqual({...before, [off.OfferID]: true});
});

it('remembers the pause across worker restarts', async () => {
	const {world, worker} = await setUp(localApi());
	const before = availability();
	await world.press(pauseCommand);
	await worker.settled();
	worker.kill();
	const next = await startWorker(world);
	await world.press(pauseCommand);
	await next.settled();
	expect(availability()).toEqual(before);
});

it('says why the shortcut did nothing when nobody is signed in', async () => {
	const {world, worker} = await setUp(localApi(), {token: null});
	await world.press(pauseCommand);
	await worker.settled();
	expect((await stateOf(worker)).error).toMatchObject({code: 'not-signed-in'});
	expect(await world.badge()).toMatchObject({text: '!'});
	expect(putsOf(localApi())).toEqual([]);
});
