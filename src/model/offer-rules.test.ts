import {findViolations} from './offer-rules';
import {formatViolation} from './rule-violation';

const valid = {
	OfferID: 501,
	OfferNumber: 2,
	CurrentlyAvailable: true,
	Title: 'Oil show',
	Duration: 30,
	TotalCredits: 18,
	ModeID: 3,
	AllowRateContinue: false,
};

function messages(patch: Record<string, unknown>): Record<string, string> {
	return Object.fromEntries(findViolations({...valid, ...patch}).map(violation => [violation.field, formatViolation(violation)]));
}

it('accepts a valid request, with and without the optional fields', () => {
	expect(findViolations(valid)).toEqual([]);
	const {OfferNumber, AllowRateContinue, ...required} = valid;
	expect(findViolations(required)).toEqual([]);
});

describe('Title', () => {
	it('allows 50 characters and refuses 51', () => {
		expect(messages({Title: 'x'.repeat(50)})).toEqual({});
		expect(messages({Title: 'x'.repeat(51)})).toEqual({Title: 'Title is 51 characters; at most 50'});
	});

	it('counts an emoji as one character', () => {
		expect(messages({Title: '🔥'.repeat(50)})).toEqual({});
		expect(messages({Title: `${'x'.repeat(49)}👩‍👩‍👧‍👦`})).toEqual({});
		expect(messages({Title: '🔥'.repeat(51)})).toEqual({Title: 'Title is 51 characters; at most 50'});
	});

	it('refuses a blank or missing title', () => {
		expect(messages({Title: '   '})).toEqual({Title: 'Title is required'});
		expect(messages({Title: undefined})).toEqual({Title: 'Title is required'});
		expect(messages({Title: null})).toEqual({Title: 'Title is required'});
		expect(messages({Title: 42})).toEqual({Title: 'Title is required'});
	});
});

describe('Duration', () => {
	it.each([
		[4, 'Duration must be at least 5 minutes'],
		[5.5, 'Duration must be a whole number of minutes'],
		['30', 'Duration must be a number of minutes'],
		[null, 'Duration must be a number of minutes'],
		[Number.NaN, 'Duration must be a number of minutes'],
	])('refuses %s', (Duration, message) => {
		expect(messages({Duration, TotalCredits: 100})).toEqual({Duration: message});
	});

	it('accepts 5', () => {
		expect(messages({Duration: 5, TotalCredits: 5})).toEqual({});
	});
});

describe('TotalCredits', () => {
	it('refuses 4.99 and accepts 5', () => {
		expect(messages({Duration: 5, TotalCredits: 4.99})).toEqual({TotalCredits: 'Total credits must be at least 5'});
		expect(messages({Duration: 5, TotalCredits: 5})).toEqual({});
	});

	it('refuses 3.00 for 5 minutes', () => {
		expect(messages({Duration: 5, TotalCredits: 3})).toEqual({TotalCredits: 'Total credits must be at least 5'});
	});

	it('refuses more than two decimals and non-numbers', () => {
		expect(messages({TotalCredits: 18.001})).toEqual({TotalCredits: 'Total credits can have at most two decimals'});
		expect(messages({TotalCredits: '18'})).toEqual({TotalCredits: 'Total credits must be a number'});
		expect(messages({TotalCredits: Number.POSITIVE_INFINITY})).toEqual({TotalCredits: 'Total credits must be a number'});
	});
});

describe('price per minute of at least 0.60', () => {
	it.each([
		[30, 18, true],
		[30, 17.99, false],
		[9, 5.4, true],
		[9, 5.39, false],
		[61, 36.6, true],
		[61, 36.59, false],
		[45, 27.5, true],
		[100, 59.99, false],
		[120, 72, true],
		[7, 5, true],
	])('%i minutes for %d credits: accepted %s', (Duration, TotalCredits, accepted) => {
		expect(findViolations({...valid, Duration, TotalCredits}).length === 0).toBe(accepted);
	});

	it('says the lowest price for the duration, beside the price field', () => {
		expect(messages({Duration: 30, TotalCredits: 17.99})).toEqual({
			TotalCredits: 'For 30 minutes the price must be at least 18 credits (0.60 a minute)',
		});
		expect(messages({Duration: 9, TotalCredits: 5.39})).toEqual({
			TotalCredits: 'For 9 minutes the price must be at least 5.40 credits (0.60 a minute)',
		});
	});

	it('stays silent while the duration itself is wrong', () => {
		expect(messages({Duration: 4, TotalCredits: 5})).toEqual({Duration: 'Duration must be at least 5 minutes'});
	});
});

describe('ModeID', () => {
	it.each([1, 4, '2', null])('refuses %s', ModeID => {
		expect(messages({ModeID})).toEqual({ModeID: 'Mode must be Group chat or Private'});
	});

	it.each([2, 3])('accepts %i', ModeID => {
		expect(messages({ModeID})).toEqual({});
	});
});

describe('OfferNumber', () => {
	it('refuses 0, fractions and null, accepts 1 and absence', () => {
		expect(messages({OfferNumber: 0})).toEqual({OfferNumber: 'Offer number must be a whole number of at least 1'});
		expect(messages({OfferNumber: 1.5})).toEqual({OfferNumber: 'Offer number must be a whole number of at least 1'});
		expect(messages({OfferNumber: null})).toEqual({OfferNumber: 'Offer number must be a whole number of at least 1'});
		expect(messages({OfferNumber: 1})).toEqual({});
		expect(messages({OfferNumber: undefined})).toEqual({});
	});
});

describe('other fields and shapes', () => {
	it('refuses wrong types for OfferID, CurrentlyAvailable and AllowRateContinue', () => {
		expect(messages({OfferID: '501', CurrentlyAvailable: 'yes', AllowRateContinue: 1})).toEqual({
			OfferID: 'Offer ID must be a whole number',
			CurrentlyAvailable: 'Available must be on or off',
			AllowRateContinue: 'Allow rate continue must be on or off',
		});
	});

	it('refuses extra keys by name', () => {
		expect(messages({Price: 3})).toEqual({Price: 'Price is not a field of an offer'});
	});

	it('refuses null and arrays as a whole', () => {
		expect(findViolations(null)).toHaveLength(1);
		expect(findViolations([valid])).toHaveLength(1);
	});

	it('gives one message per field', () => {
		const violations = findViolations({});
		expect(violations.map(({field}) => field)).toEqual(['OfferID', 'CurrentlyAvailable', 'Title', 'Duration', 'TotalCredits', 'ModeID']);
	});
});
