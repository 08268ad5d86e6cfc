import {logError} from './log';

const tasks = new Set<Promise<void>>();

/**
Work that goes on after the event that started it, such as sending a change after the
popup got its reply. Its failure is logged, never left unhandled. If the browser stops the
worker meanwhile, the stored pending change and its alarm pick the work up again.
*/
export function inBackground(work: Promise<unknown>, context = 'background work'): Promise<void> {
	const task: Promise<void> = work
		.then(
			() => undefined,
			(error: unknown) => {
				logError(context, error);
			},
		)
		.finally(() => tasks.delete(task));
	tasks.add(task);
	return task;
}

/** Resolves once no background work is left, including work started meanwhile; tests wait on it instead of sleeping. */
export async function settled(): Promise<void> {
	while (tasks.size > 0) {
		await Promise.all(tasks);
	}
}
