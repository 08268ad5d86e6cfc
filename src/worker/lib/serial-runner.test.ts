// @vitest-environment node
import {createCoalescingRunner} from './serial-runner';

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
