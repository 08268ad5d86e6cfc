// @vitest-environment node
import {judge} from './figures';

it('holds an at-most budget against the median itself', () => {
	const judged = judge({name: 'size', unit: 'KB', runs: [19.9], budget: {kind: 'at-most', limit: 20}});
	expect([judged.value, judged.compared, judged.pass]).toEqual([19.9, 19.9, true]);
});

it('holds a ratio budget against the median over the baseline’s median', () => {
	const judged = judge({name: 'paint', unit: 'ms', runs: [30, 200, 26], baseline: {name: 'static', runs: [20, 21, 19]}, budget: {kind: 'ratio', limit: 1.25}});
	expect([judged.value, judged.baselineValue, judged.compared, judged.pass]).toEqual([30, 20, 1.5, false]);
});

it('holds an overhead budget against the difference of the medians', () => {
	const judged = judge({name: 'toggle', unit: 'ms', runs: [6, 7, 8], baseline: {name: 'fetch', runs: [2, 3, 4]}, budget: {kind: 'overhead', limit: 5}});
	expect([judged.compared, judged.pass]).toEqual([4, true]);
});

it('refuses a relative budget without a baseline', () => {
	expect(() => judge({name: 'toggle', unit: 'ms', runs: [1], budget: {kind: 'overhead', limit: 5}})).toThrow('no baseline');
});
