// @vitest-environment node
import {inBackground, settled} from './background-tasks';

it('waits for background work, including work it starts, and logs failures instead of leaving them unhandled', async () => {
	const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
	const done: string[] = [];
	void inBackground(
		(async () => {
			await Promise.resolve();
			void inBackground(
				(async () => {
					await new Promise(resolve => {
						setTimeout(resolve, 5);
					});
					done.push('started later');
				})(),
			);
			done.push('first');
		})(),
	);
	void inBackground(Promise.reject(new Error('offline')), 'sending a change');
	await settled();
	expect(done).toEqual(['first', 'started later']);
	expect(error).toHaveBeenCalledWith('DirectCam worker: sending a change: Error: offline');
	error.mockRestore();
});
