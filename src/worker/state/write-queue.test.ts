// @vitest-environment node
import {createFakeWorld} from '../../../test/fake-browser/fake-world';
import {startWorker} from '../../../test/fake-browser/worker-harness';

/** The store alone, in a fresh worker's modules: nothing but the fake browser's storage survives between workers. */
async function freshStore(world: ReturnType<typeof createFakeWorld>) {
	await startWorker(world);
	return import('./write-queue');
}

it('serializes changes: none overwrites another, however many run at once', async () => {
	const world = createFakeWorld();
	const store = await freshStore(world);
	await Promise.all(
		Array.from({length: 25}, async (_, index) =>
			store.updateState(draft => {
				draft.members = [...draft.members, {userId: index}];
			}),
		),
	);
	expect((await store.readState()).members).toHaveLength(25);
	const again = await freshStore(world);
	expect((await again.readState()).members.map(member => member.userId)).toEqual(Array.from({length: 25}, (_, index) => index));
});

it('changes nothing when a change throws, and goes on with the next', async () => {
	const world = createFakeWorld();
	const store = await freshStore(world);
	await expect(
		store.updateState(draft => {
			draft.actingFor = 5;
			throw new Error('refused');
		}),
	).rejects.toThrow('refused');
	await store.updateState(draft => {
		draft.members = [{userId: 1}];
	});
	const state = await store.readState();
	expect(state.actingFor).toBeUndefined();
	expect(state.members).toEqual([{userId: 1}]);
});

it('writes before the change becomes current, and hands out a frozen state', async () => {
	const world = createFakeWorld();
	const store = await freshStore(world);
	await store.updateState(draft => {
		draft.actingFor = 7;
	});
	expect((await world.storage.local.get('actingFor')).actingFor).toBe(7);
	const state = await store.readState();
	expect(() => {
		(state as {actingFor?: number}).actingFor = 8;
	}).toThrow(TypeError);
	await store.updateState(draft => {
		delete draft.actingFor;
	});
	expect((await world.storage.local.get('actingFor')).actingFor).toBeUndefined();
});
