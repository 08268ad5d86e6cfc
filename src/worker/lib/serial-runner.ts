/**
Runs one task per key at a time. Asked again while it runs, it runs once more afterwards
(not once per ask), and every caller waits for that last run: ten quick changes cost at
most two runs, and the last one sees the latest state.
*/
export function createCoalescingRunner() {
	const running = new Map<string, Promise<void>>();
	const again = new Set<string>();

	function run(key: string, task: () => Promise<void>): Promise<void> {
		const current = running.get(key);
		if (current) {
			again.add(key);
			return current;
		}

		// Starts on a later microtask, so `running` holds the loop before the loop can end.
		const loop = Promise.resolve().then(async () => {
			try {
				do {
					again.delete(key);
					await task();
				} while (again.has(key));
			} finally {
				// Same microtask as the last check: no ask can slip in between and be missed.
				running.delete(key);
				again.delete(key);
			}
		});
		running.set(key, loop);
		return loop;
	}

	return Object.assign(run, {
		isRunning: (key: string) => running.has(key),
	});
}
