// @vitest-environment node
import {createFakeWorld} from '../../test/fake-browser/fake-world';
import {startWorker} from '../../test/fake-browser/worker-harness';

it('tells open pages that the state changed, with no data, and stays quiet when none is open', async () => {
	const world = createFakeWorld();
	await startWorker(world);
	const {tellPages} = await import('./page-notice');
	const error = vi.spyOn(console, 'error');
	await tellPages();
	expect(world.broadcasts).toEqual([]);
	world.settings.openPages = 1;
	await tellPages();
	expect(world.broadcasts).toEqual([{type: 'state-changed'}]);
	expect(error).not.toHaveBeenCalled();
	error.mockRestore();
});
