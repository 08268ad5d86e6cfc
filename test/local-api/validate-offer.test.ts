// @vitest-environment node
import {demoTokens} from './demo-data';
import {call, useLocalApi} from './test-client';
import {meetsMinimumPricePerMinute, validateUpdate} from './validate-offer';

const api = useLocalApi();

const valid = {
	OfferID: 100101,
	OfferNumber: 1,
	CurrentlyAvailable: true,
	Title: 'Slow strip tease 💋',
	Duration: 10,
	TotalCredits: 30,
	ModeID: 3,
	AllowRateContinue: true,
};

/** PUTs the valid offer with the change; the field's messages on 400, or 'ok'. */
async function verdict(change: Record<string, unknown>, field = Object.keys(change)[0]!): Promise<string[] | 'ok'> {
	const json = Object.fromEntries(Object.entries({...valid, ...change}).filter(([, value]) => value !== undefined));
	const {status, body} = await call(api(), '/v1/DirectCam/UpdateDirectCamSpecialOffer', {method: 'PUT', token: demoTokens.performer, json});
	if (status === 200) {
		return 'ok';
	}

	expect(status).toBe(400);
	expect(body.Message).toBe('The request is invalid.');
	return body.ModelState[`request.${field}`];
}

it.each([
	['x'.repeat(50), 'ok'],
	['x'.repeat(51), ['The maximum length is 50 characters.']],
	['🔥'.repeat(50), 'ok'],
	['🔥'.repeat(51), ['The maximum length is 50 characters.']],
	['👩‍👩‍👧'.repeat(50), 'ok'],
	['   ', ['The Title field is required.']],
	['', ['The Title field is required.']],
	[undefined, ['The Title field is required.']],
	[42, ['The Title field must be text.']],
	['A Forbidden dance', ['Title contains a word that is not allowed.']],
])('Title %j: %j', async (Title, expected) => {
	expect(await verdict({Title})).toEqual(expected);
});

it.each([
	[4, 'The minimum value is 5.'],
	[5, 'ok'],
	[5.5, 'The Duration field must be a whole number.'],
	['5', 'The Duration field must be a whole number.'],
	[undefined, 'The Duration field is required.'],
])('Duration %j: %s', async (Duration, expected) => {
	const result = await verdict({Duration, TotalCredits: 5});
	expect(result === 'ok' ? result : result[0]).toBe(expected);
});

it.each([
	[4.99, 5, 'The minimum value is 5.'],
	[5, 5, 'ok'],
	[3, 5, 'The minimum value is 5.'],
	[18, 30, 'ok'],
	[17.99, 30, 'The price per minute (TotalCredits / Duration) must be at least 0.6 credits.'],
	[6, 10, 'ok'],
	[5.99, 10, 'The price per minute (TotalCredits / Duration) must be at least 0.6 credits.'],
	[36, 60, 'ok'],
	[35.99, 60, 'The price per minute (TotalCredits / Duration) must be at least 0.6 credits.'],
	[4.2 * 10, 70, 'ok'],
	['18', 30, 'The TotalCredits field must be a number.'],
])('TotalCredits %j for %i minutes: %s', async (TotalCredits, Duration, expected) => {
	const result = await verdict({TotalCredits, Duration});
	expect(result === 'ok' ? result : result[0]).toBe(expected);
});

it.each([
	[1, false],
	[2, true],
	[3, true],
	[4, false],
	['3', false],
	[undefined, false],
])('ModeID %j valid: %s', async (ModeID, ok) => {
	expect((await verdict({ModeID})) === 'ok').toBe(ok);
});

it.each([
	[0, false],
	[1, true],
	[undefined, true],
	[null, true],
	[1.5, false],
	['1', false],
])('OfferNumber %j valid: %s', async (OfferNumber, ok) => {
	expect((await verdict({OfferNumber})) === 'ok').toBe(ok);
});

it.each([
	['OfferID', undefined],
	['OfferID', '100101'],
	['OfferID', 100_101.5],
	['CurrentlyAvailable', undefined],
	['CurrentlyAvailable', 'true'],
	['CurrentlyAvailable', 1],
	['AllowRateContinue', 'false'],
	['AllowRateContinue', 0],
])('refuses %s = %j', async (field, value) => {
	expect(await verdict({[field]: value})).toHaveLength(1);
});

it('accepts extra keys, as ASP.NET ignores them', async () => {
	expect(await verdict({Colour: 'red'})).toBe('ok');
});

it('names every broken field at once', () => {
	const result = validateUpdate({OfferID: 'a', Title: 'x'.repeat(51), Duration: 4, TotalCredits: 1, ModeID: 1});
	expect('modelState' in result && Object.keys(result.modelState).sort()).toEqual([
		'request.CurrentlyAvailable',
		'request.Duration',
		'request.ModeID',
		'request.OfferID',
		'request.Title',
		'request.TotalCredits',
	]);
});

it.each([null, [], 'text', 3])('refuses a body that is no object: %j', body => {
	expect(validateUpdate(body)).toEqual({modelState: {request: ['The request body must be a JSON object.']}});
});

it.each([
	[5.4, 9, true],
	[5.39, 9, false],
	[13.8, 23, true],
	[13.79, 23, false],
	// Float noise from a client's arithmetic is the price in hundredths it stands for.
	[17.999_999_999_999_996, 30, true],
	[17.994, 30, false],
])('compares %s credits for %i minutes in hundredths of a credit: %s', (credits, duration, ok) => {
	expect(meetsMinimumPricePerMinute(credits, duration)).toBe(ok);
});
