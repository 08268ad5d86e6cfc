// @vitest-environment node
import {judge} from './figures';
import {formatAmount, formatBudget, formatTable} from './table';

it('keeps whole numbers whole and rounds the rest to the unit’s decimals', () => {
	expect(formatAmount(1, 'requests')).toBe('1 requests');
	expect(formatAmount(1.5, 'requests')).toBe('1.5 requests');
	expect(formatAmount(12.345, 'ms')).toBe('12.3 ms');
	expect(formatAmount(1.2345, 'MB')).toBe('1.23 MB');
});

it('words each kind of budget', () => {
	expect(formatBudget({kind: 'at-most', limit: 20}, 'KB')).toBe('≤ 20 KB');
	expect(formatBudget({kind: 'ratio', limit: 1.25}, 'ms')).toBe('≤ 1.25 ×');
	expect(formatBudget({kind: 'overhead', limit: 5}, 'ms')).toBe('≤ +5 ms');
});

it('prints a Markdown table with the baseline, the ratio or overhead, the budget and the verdict', () => {
	const table = formatTable([
		judge({name: 'worker JS, gzip', unit: 'KB', runs: [19.5], budget: {kind: 'at-most', limit: 20}}),
		judge({name: 'menu toggle | warm', unit: 'ms', runs: [9, 10, 11], baseline: {name: 'raw fetch', runs: [3, 4, 5]}, budget: {kind: 'overhead', limit: 5}}),
		judge({name: 'popup paint', unit: 'ms', runs: [50], baseline: {name: 'static page', runs: [40]}, budget: {kind: 'ratio', limit: 1.25}}),
	]);
	expect(table.split('\n')).toEqual([
		'| figure | median | baseline (median) | ratio / overhead | budget | result | runs |',
		'| --- | --- | --- | --- | --- | --- | --- |',
		'| worker JS, gzip | 19.5 KB | — | — | ≤ 20 KB | PASS | 1 |',
		'| menu toggle \\| warm | 10 ms | raw fetch: 4 ms | +6 ms | ≤ +5 ms | **FAIL** | 3 |',
		'| popup paint | 50 ms | static page: 40 ms | 1.25 × | ≤ 1.25 × | PASS | 1 |',
	]);
});
