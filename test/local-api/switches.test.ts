// @vitest-environment node
import {demoTokens} from './demo-data';
import {checkSwitchPatch} from './switches';
import {call, useLocalApi} from './test-client';

const api = useLocalApi();
const {performer} = demoTokens;
const list = (token: string = performer) => call(api(), '/v1/DirectCam/GetDirectCamSpecialOffers', {token});
const updatePath = '/v1/DirectCam/UpdateDirectCamSpecialOffer';
const update = {OfferID: 100101, OfferNumber: 1, CurrentlyAvailable: false, Title: 'Paused', Duration: 10, TotalCredits: 30, ModeID: 3};

it('holds every answer for latencyMs', async () => {
	api().setSwitches({latencyMs: 60_000});
	const aborter = new AbortController();
	const pending = fetch(`${api().url}/v1/DirectCam/GetSettings`, {signal: aborter.signal}).catch(() => 'aborted');
	await vi.waitUntil(() => api().requests.length === 1);
	await new Promise(resolve => setImmediate(resolve));
	expect(api().requests[0]!.status).toBeUndefined();
	aborter.abort();
	expect(await pending).toBe('aborted');
});

it('fails the next N API requests with the status and Retry-After, without carrying them out', async () => {
	api().setSwitches({failNext: {count: 2, status: 429, retryAfter: '7'}});
	for (const attempt of [1, 2]) {
		const {status, headers, body} = await call(api(), updatePath, {method: 'PUT', token: performer, json: update});
		expect([attempt, status, headers.get('retry-after'), body.Message]).toEqual([attempt, 429, '7', expect.any(String)]);
	}

	expect(api().offersOf(1001)[0]!.Title).toBe('Slow strip tease 💋');
	expect((await call(api(), updatePath, {method: 'PUT', token: performer, json: update})).status).toBe(200);
});

it('fails without Retry-After when none is given, and spares the sign-in page', async () => {
	api().setSwitches({failNext: {count: 1, status: 503}});
	expect(
		(await call(api(), '/OAuth/Authorize?response_type=token&client_id=demo-client&redirect_uri=https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/'))
			.status,
	).toBe(200);
	const {status, headers} = await list();
	expect([status, headers.get('retry-after')]).toEqual([503, null]);
	expect((await list()).status).toBe(200);
});

it('drops the next N API requests without an answer', async () => {
	api().setSwitches({dropNext: 2});
	await expect(list()).rejects.toThrow();
	await expect(list()).rejects.toThrow();
	expect((await list()).status).toBe(200);
	expect(api().requests.map(request => request.status)).toEqual([undefined, undefined, 200]);
});

it('stalls the body of the next N answers that would succeed: headers and a first byte, then nothing', async () => {
	api().setSwitches({stallBodyNext: 1});
	expect((await list(demoTokens.expired)).status).toBe(401);
	const aborter = new AbortController();
	const response = await fetch(`${api().url}/v1/DirectCam/GetDirectCamSpecialOffers`, {
		headers: {authorization: `bearer ${performer}`},
		signal: aborter.signal,
	});
	expect([response.status, response.headers.get('content-type')]).toEqual([200, 'application/json; charset=utf-8']);
	const reader = response.body!.getReader();
	expect(new TextDecoder().decode((await reader.read()).value)).toBe('[');
	const rest = reader.read().then(
		() => 'more',
		() => 'aborted',
	);
	await new Promise(resolve => setImmediate(resolve));
	aborter.abort();
	expect(await rest).toBe('aborted');
	expect((await list()).body).toHaveLength(5);
});

it('answers malformed JSON where it would have succeeded; errors and the update itself are unchanged', async () => {
	api().setSwitches({malformedJson: true});
	const {status, headers, text} = await list();
	expect([status, headers.get('content-type')]).toEqual([200, 'application/json; charset=utf-8']);
	expect(() => JSON.parse(text) as unknown).toThrow();
	expect((await call(api(), updatePath, {method: 'PUT', token: performer, json: update})).body).toBeUndefined();
	expect(api().offersOf(1001)[0]!.Title).toBe('Paused');
	expect((await list(demoTokens.expired)).status).toBe(401);
});

it('wraps the list in an object', async () => {
	api().setSwitches({wrappedList: true});
	const {body} = await list();
	expect(Object.keys(body)).toEqual(['SpecialOffers']);
	expect(body.SpecialOffers).toHaveLength(5);
});

it('leaves CurrentlyAvailable out of the list', async () => {
	api().setSwitches({omitCurrentlyAvailable: true});
	const {body} = await list();
	expect(body.some((offer: object) => 'CurrentlyAvailable' in offer)).toBe(false);
	expect(body.map((offer: {CanPurchase: boolean}) => offer.CanPurchase)).toEqual([true, true, false, true, true]);
});

it('answers 404 on both list paths, before looking at the token', async () => {
	api().setSwitches({noListEndpoint: true});
	expect((await list()).status).toBe(404);
	expect((await list('not-a-token')).status).toBe(404);
	expect((await call(api(), '/v1/Groups/DirectCam/GetDirectCamSpecialOffers?UserID=3002', {token: demoTokens.manager})).status).toBe(404);
	expect((await call(api(), '/v1/DirectCam/GetSettings', {token: performer})).status).toBe(200);
});

describe('errorShape', () => {
	const message = 'Authorization has been denied for this request.';

	it.each([
		['modelstate', 'application/json; charset=utf-8', JSON.stringify({Message: message})],
		['oauth', 'application/json; charset=utf-8', JSON.stringify({error: 'invalid_token', error_description: message})],
		['text', 'text/plain; charset=utf-8', message],
		['html', 'text/html; charset=utf-8', `<html><body><h1>${message}</h1></body></html>`],
		['empty', null, ''],
	] as const)('%s', async (errorShape, contentType, text) => {
		api().setSwitches({errorShape});
		const reply = await list(demoTokens.expired);
		expect([reply.status, reply.headers.get('content-type'), reply.text]).toEqual([401, contentType, text]);
	});

	it('carries ModelState only in the modelstate shape, and names the OAuth error by status', async () => {
		const invalid = {...update, Duration: 4};
		expect((await call(api(), updatePath, {method: 'PUT', token: performer, json: invalid})).body.ModelState).toEqual({
			'request.Duration': ['The minimum value is 5.'],
		});
		api().setSwitches({errorShape: 'oauth'});
		expect((await call(api(), updatePath, {method: 'PUT', token: performer, json: invalid})).body).toEqual({
			error: 'invalid_request',
			error_description: 'The request is invalid.',
		});
		expect((await list(demoTokens.noScope)).body.error).toBe('insufficient_scope');
		expect((await call(api(), '/v1/nowhere', {token: performer})).body.error).toBe('not_found');
	});
});

describe('checkSwitchPatch', () => {
	it('passes a valid patch, turning a null failNext into undefined', () => {
		expect(checkSwitchPatch({latencyMs: 5, failNext: null, errorShape: 'html'})).toEqual({patch: {latencyMs: 5, failNext: undefined, errorShape: 'html'}});
		expect(checkSwitchPatch({failNext: {count: 1, status: 429, retryAfter: '2'}})).toEqual({patch: {failNext: {count: 1, status: 429, retryAfter: '2'}}});
	});

	it.each([
		[[], ['Send a JSON object of switches.']],
		[{speed: 1}, ['speed is not a switch.']],
		[{latencyMs: -1, dropNext: 1.5}, ['latencyMs has an invalid value.', 'dropNext has an invalid value.']],
		[{failNext: {count: 1, status: 42}}, ['failNext has an invalid value.']],
		[{failNext: {count: 1, status: 429, retryAfter: 600}}, ['failNext has an invalid value.']],
		[{errorShape: 'xml', wrappedList: 'yes'}, ['wrappedList has an invalid value.', 'errorShape has an invalid value.']],
	])('refuses %j', (patch, problems) => {
		expect(checkSwitchPatch(patch)).toEqual({problems: expect.arrayContaining(problems)});
	});
});
