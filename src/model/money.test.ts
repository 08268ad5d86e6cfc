import {formatCredits, hasAtMostTwoDecimals, lowestValidPrice, meetsPerMinuteMinimum, pricePerMinute} from './money';

describe('lowestValidPrice', () => {
	it.each([
		[5, 5],
		[8, 5],
		[9, 5.4],
		[10, 6],
		[30, 18],
		[45, 27],
		[61, 36.6],
		[7, 5],
	])('for %i minutes is %d credits', (minutes, credits) => {
		expect(lowestValidPrice(minutes)).toBe(credits);
	});
});

describe('meetsPerMinuteMinimum', () => {
	it.each([
		[18, 30, true],
		[17.99, 30, false],
		[3, 5, true],
		[2.99, 5, false],
		[5.4, 9, true],
		[5.39, 9, false],
		[0.6 * 7, 7, true],
		[36.6, 61, true],
		[36.59, 61, false],
		[100, 120, true],
	])('%d credits for %i minutes: %s', (credits, minutes, expected) => {
		expect(meetsPerMinuteMinimum(credits, minutes)).toBe(expected);
	});
});

it('tells whether credits have at most two decimals, despite float noise', () => {
	expect(hasAtMostTwoDecimals(17.99)).toBe(true);
	expect(hasAtMostTwoDecimals(0.1 + 0.2)).toBe(true);
	expect(hasAtMostTwoDecimals(5)).toBe(true);
	expect(hasAtMostTwoDecimals(5.001)).toBe(false);
	expect(hasAtMostTwoDecimals(5.125)).toBe(false);
});

it('computes the price per minute', () => {
	expect(pricePerMinute(18, 30)).toBeCloseTo(0.6, 10);
	expect(pricePerMinute(25, 10)).toBe(2.5);
});

it('formats credits like the AdultWork pages do', () => {
	expect(formatCredits(18)).toBe('18');
	expect(formatCredits(5.4)).toBe('5.40');
	expect(formatCredits(17.99)).toBe('17.99');
});
