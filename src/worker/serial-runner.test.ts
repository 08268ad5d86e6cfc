// @vitest-environment node
import {createCoalescingRunner, createSingleFlight} from './serial-runner';

function gate() {
	let open!: () => void;
	const opened = new Promise<void>(resolve => {
		open = resolve;
	});
	return {open, opened};
}

describe('createCoalescingRunner', () => {
	it('runs once more after a burst of asks, not once per ask, and everyone waits for that run', async () => {
		const run = createCoalescingRunner();
		const first = gate();
		const started = gate();
		let runs = 0;
		const task = async () => {
			runs++;
			if (runs === 1) {
				started.open();
				await first.opened;
			}
		};

		const waits = [run('offer', task)];
		await started.opened;
		for (let ask = 0; ask < 9; ask++) {
			waits.push(run('offer', task));
		}

		expect(run.isRunning('offer')).toBe(true);
		first.open();
		await Promise.all(waits);
		expect(runs).toBe(2);
		expect(run.isRunning('offer')).toBe(false);
	});

	it('never misses an ask that arrives as a run ends', async () => {
		const run = createCoalescingRunner();
		let runs = 0;
		let askedDuringLastRun = false;
		await run('key', async () => {
			runs++;
			if (!askedDuringLastRun) {
				askedDuringLastRun = true;
				// Asked from inside the run, right before it returns.
				void run('key', async () => undefined);
			}
		});
		expect(runs).toBe(2);
	});

	it('keeps keys apart', async () => {
		const run = createCoalescingRunner();
		const order: string[] = [];
		const slow = gate();
		const a = run('a', async () => {
			await slow.opened;
			order.push('a');
		});
		await run('b', async () => {
			order.push('b');
		});
		slow.open();
		await a;
		expect(order).toEqual(['b', 'a']);
	});
});

describe('createSingleFlight', () => {
	it('joins callers of one key and queues other keys behind it', async () => {
		const flight = createSingleFlight<string>();
		const slow = gate();
		let calls = 0;
		const events: string[] = [];
		const task = (name: string) => async () => {
			calls++;
			events.push(`start ${name}`);
			if (name === 'a') {
				await slow.opened;
			}

			events.push(`end ${name}`);
			return name;
		};

		const joined = [flight('a', task('a')), flight('a', task('a')), flight('a', task('a'))];
		const other = flight('b', task('b'));
		slow.open();
		expect(await Promise.all(joined)).toEqual(['a', 'a', 'a']);
		expect(await other).toBe('b');
		expect(calls).toBe(2);
		expect(events).toEqual(['start a', 'end a', 'start b', 'end b']);
	});

	it('starts anew once a flight has landed, and a failure does not block the next', async () => {
		const flight = createSingleFlight<number>();
		await expect(flight('a', async () => {
			throw new Error('offline');
		})).rejects.toThrow('offline');
		expect(await flight('a', async () => 2)).toBe(2);
	});
});
