// @vitest-environment node
import {interleave, median, repeat} from './stats';

it('takes the middle of an odd count and the mean of the middle two of an even one, in any order', () => {
	expect(median([9, 1, 5])).toBe(5);
	expect(median([4, 1, 3, 2])).toBe(2.5);
	expect(median([7])).toBe(7);
});

it('refuses to take the median of no runs', () => {
	expect(() => median([])).toThrow('No runs');
});

it('repeats a measurement in order and keeps each result', async () => {
	const order: number[] = [];
	expect(
		await repeat(3, async run => {
			order.push(run);
			return run * 10;
		}),
	).toEqual([0, 10, 20]);
	expect(order).toEqual([0, 1, 2]);
});

it('alternates two measurements run by run', async () => {
	const order: string[] = [];
	const [figures, baselines] = await interleave(
		2,
		async run => {
			order.push(`figure ${run}`);
			return run;
		},
		async run => {
			order.push(`baseline ${run}`);
			return run + 100;
		},
	);
	expect(order).toEqual(['figure 0', 'baseline 0', 'figure 1', 'baseline 1']);
	expect([figures, baselines]).toEqual([
		[0, 1],
		[100, 101],
	]);
});
