// @vitest-environment node
import {inspect} from 'node:util';
import {startLocalApi, type LocalApi} from '../../test/local-api/server';
import {ApiError} from './api-error';
import {createApiClient, type ApiClientOptions} from './client';

const token = 'demo-performer-token';
let api: LocalApi;

beforeAll(async () => {
	api = await startLocalApi({port: 0});
});
afterAll(async () => api.close());
beforeEach(() => {
	api.reset();
});

function client(options: Partial<ApiClientOptions> = {}) {
	return createApiClient({baseUrl: api.url, getToken: () => token, timeoutMs: 2000, retries: 2, backoffMs: 10, longestInlineWaitMs: 1500, ...options});
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
	const error = await promise.then(
		() => undefined,
		(error: unknown) => error,
	);
	expect(error).toBeInstanceOf(ApiError);
	const apiError = error as ApiError;
	for (const text of [apiError.message, String(apiError.stack), JSON.stringify(apiError), inspect(apiError, {depth: 5})]) {
		expect(text).not.toContain(token);
	}

	return apiError;
}

const request = (overrides = {}) => ({
	OfferID: api.offersOf(1001)[0]!.OfferID,
	OfferNumber: api.offersOf(1001)[0]!.OfferNumber,
	CurrentlyAvailable: false,
	Title: 'Slow strip 🔥',
	Duration: 30,
	TotalCredits: 18,
	ModeID: 3 as const,
	AllowRateContinue: true,
	...overrides,
});

describe('performer operations', () => {
	it('verifies credentials with the bearer token', async () => {
		const credentials = await client().verifyCredentials();
		expect(credentials.UserID).toBe(1001);
		expect(api.requests.at(-1)).toMatchObject({method: 'GET', path: '/v1/account/verifyCredentials'});
		expect(api.requests.at(-1)!.headers.authorization).toBe(`bearer ${token}`);
	});

	it('lists offers, bare or wrapped', async () => {
		const bare = await client().listOffers();
		expect(bare.length).toBe(api.offersOf(1001).length);
		api.setSwitches({wrappedList: true});
		expect(await client().listOffers()).toEqual(bare);
	});

	it('reads availability from CanPurchase when the list lacks CurrentlyAvailable', async () => {
		api.setSwitches({omitCurrentlyAvailable: true});
		const offers = await client().listOffers();
		for (const offer of offers) {
			expect(offer.CurrentlyAvailable).toBe(offer.CanPurchase);
		}
	});

	it('sends the full update as JSON and keeps the availability it sent', async () => {
		const sent = request();
		const offer = await client().updateOffer(sent);
		expect(offer).toMatchObject({OfferID: sent.OfferID, Title: 'Slow strip 🔥', CurrentlyAvailable: false, TotalCredits: 18});
		const received = api.requests.at(-1)!;
		expect(received.method).toBe('PUT');
		expect(received.path).toBe('/v1/DirectCam/UpdateDirectCamSpecialOffer');
		expect(received.headers['content-type']).toMatch(/^application\/json/);
		expect(received.body).toEqual(sent);
		expect(api.offersOf(1001)[0]).toMatchObject({Title: 'Slow strip 🔥', CurrentlyAvailable: false});
	});

	it('reads the normal rates from the settings', async () => {
		expect(await client().getSettings()).toMatchObject({DoesPrivate: true, PrivatePPM: 2.5});
	});
});

describe('group manager operations', () => {
	const manager = () => client({getToken: () => 'demo-manager-token'});

	it('puts UserID in the query for GET and in the body for PUT', async () => {
		const offers = await manager().listOffers({userId: 3002});
		expect(api.requests.at(-1)!.path).toBe('/v1/Groups/DirectCam/GetDirectCamSpecialOffers?UserID=3002');
		await manager().getSettings({userId: 3002});
		expect(api.requests.at(-1)!.path).toBe('/v1/Groups/DirectCam/GetSettings?UserID=3002');
		const first = offers[0]!;
		await manager().updateOffer({...request(), OfferID: first.OfferID, OfferNumber: first.OfferNumber}, {userId: 3002});
		const put = api.requests.at(-1)!;
		expect(put.path).toBe('/v1/Groups/DirectCam/UpdateDirectCamSpecialOffer');
		expect(put.body).toMatchObject({UserID: 3002, OfferID: first.OfferID});
	});

	it('is forbidden for a member outside the group', async () => {
		expect((await failure(manager().listOffers({userId: 1001}))).kind).toBe('forbidden');
	});

	it('lists members with the API key and no token', async () => {
		const members = await manager().getGroupMembers({groupId: 77, apiKey: 'demo-api-key'});
		expect(members.map(member => member.UserID)).toEqual([3002, 3003]);
		expect(api.requests.at(-1)!.headers.authorization).toBeUndefined();
		expect((await failure(manager().getGroupMembers({groupId: 77, apiKey: 'wrong'}))).kind).toBe('unauthorized');
	});
});

describe('failures', () => {
	it('gives the server’s own field messages on 400', async () => {
		const error = await failure(client().updateOffer(request({Title: 'x'.repeat(51)})));
		expect(error.kind).toBe('validation');
		expect(error.status).toBe(400);
		expect(error.fieldErrors?.Title?.[0]).toMatch(/50/);
		expect(api.requests).toHaveLength(1);
	});

	it.each([
		['expired-token', 'unauthorized'],
		['no-scope-token', 'forbidden'],
	])('%s is %s, and never retried', async (badToken, kind) => {
		expect((await failure(client({getToken: () => badToken}).listOffers())).kind).toBe(kind);
		expect(api.requests).toHaveLength(1);
	});

	it('does not send a request without a token', async () => {
		expect((await failure(client({getToken: () => undefined}).listOffers())).kind).toBe('unauthorized');
		expect(api.requests).toHaveLength(0);
	});

	it('is not-found for an unknown offer, and no-offer-list for a missing list', async () => {
		expect((await failure(client().updateOffer(request({OfferID: 999_999})))).kind).toBe('not-found');
		api.setSwitches({noListEndpoint: true});
		expect((await failure(client().listOffers())).kind).toBe('no-offer-list');
	});

	it.each([408, 429, 502, 503, 504])('retries %i, then succeeds', async status => {
		api.setSwitches({failNext: {count: 2, status}});
		expect(await client({}).listOffers()).not.toHaveLength(0);
		expect(api.requests).toHaveLength(3);
	});

	it('gives up after three tries', async () => {
		api.setSwitches({failNext: {count: 5, status: 503}});
		const error = await failure(client().updateOffer(request()));
		expect(error.kind).toBe('server');
		expect(api.requests).toHaveLength(3);
	});

	it('never retries 500 or a client error', async () => {
		for (const status of [400, 401, 403, 404, 500]) {
			api.reset();
			api.setSwitches({failNext: {count: 1, status}});
			await failure(client().listOffers());
			expect(api.requests).toHaveLength(1);
		}
	});

	it('honours a short Retry-After in seconds and as a date', async () => {
		api.setSwitches({failNext: {count: 1, status: 429, retryAfter: '1'}});
		const started = Date.now();
		await client().listOffers();
		expect(Date.now() - started).toBeGreaterThanOrEqual(900);
		expect(api.requests).toHaveLength(2);

		api.reset();
		api.setSwitches({failNext: {count: 1, status: 429, retryAfter: new Date(Date.now() + 1000).toUTCString()}});
		await client().listOffers();
		expect(api.requests).toHaveLength(2);
	});

	it('hands a long Retry-After back to the caller instead of waiting', async () => {
		api.setSwitches({failNext: {count: 1, status: 429, retryAfter: '120'}});
		const error = await failure(client().listOffers());
		expect(error.kind).toBe('rate-limited');
		expect(error.retryAfterMs).toBe(120_000);
		expect(error.transient).toBe(true);
		expect(api.requests).toHaveLength(1);
	});

	it('retries a dropped connection, and says network when it keeps dropping', async () => {
		api.setSwitches({dropNext: 1});
		expect(await client().listOffers()).not.toHaveLength(0);
		api.setSwitches({dropNext: 3});
		expect((await failure(client().listOffers())).kind).toBe('network');
	});

	it('says network when nothing listens', async () => {
		const closed = await startLocalApi({port: 0});
		await closed.close();
		expect((await failure(client({baseUrl: closed.url, retries: 0}).listOffers())).kind).toBe('network');
	});

	it('gives the list its own deadline, longer than the rest', async () => {
		api.setSwitches({latencyMs: 300});
		const slowAnswers = client({timeoutMs: 100, listTimeoutMs: 1500, retries: 0});
		expect(await slowAnswers.listOffers()).not.toHaveLength(0);
		expect((await failure(slowAnswers.getSettings())).kind).toBe('timeout');
		expect((await failure(client({timeoutMs: 1500, listTimeoutMs: 100, retries: 0}).listOffers())).kind).toBe('timeout');
	});

	it('ends a body that never ends at the deadline, and the next call makes a new request', async () => {
		api.setSwitches({stallBodyNext: 1});
		const quick = client({listTimeoutMs: 300, retries: 2});
		expect((await failure(quick.listOffers())).kind).toBe('timeout');
		expect(api.requests).toHaveLength(1);
		expect(await quick.listOffers()).toHaveLength(api.offersOf(1001).length);
		expect(api.requests).toHaveLength(2);
	});

	it('refuses a body over 1 MB as a bad answer, without reading it all', async () => {
		let pulled = 0;
		const endless = async () =>
			new Response(
				new ReadableStream({
					pull(controller) {
						pulled += 65_536;
						controller.enqueue(new Uint8Array(65_536).fill(0x20));
					},
				}),
			);
		const error = await failure(client({fetch: endless}).listOffers());
		expect([error.kind, error.message]).toEqual(['bad-response', 'AdultWork answered with something unexpected: The answer is larger than 1 MB']);
		expect(pulled).toBeLessThan(1_500_000);
	});

	it('refuses a list of over 500 offers, and an offer titled with over 200 characters, saying so', async () => {
		expect((await fetch(`${api.url}/__admin/seed`, {method: 'POST', body: JSON.stringify({UserID: 1001, count: 501})})).status).toBe(204);
		expect((await failure(client().listOffers())).message).toMatch(/501 offers, more than the 500/);
		const longTitle = async () => Response.json({...request(), TotalPrice: 18, Title: 'x'.repeat(201)});
		expect((await failure(client({fetch: longTitle}).updateOffer(request()))).message).toMatch(/title of more than 200 characters/);
	});

	it('says bad-response for malformed JSON and for a wrong shape', async () => {
		api.setSwitches({malformedJson: true});
		expect((await failure(client().listOffers())).kind).toBe('bad-response');
		const wrongShape = async () => Response.json([{OfferID: 'x', Title: 3}]);
		const error = await failure(client({fetch: wrongShape}).listOffers());
		expect(error.kind).toBe('bad-response');
		expect(error.message).toMatch(/expected shape/);
	});

	it.each([
		['modelstate', 'Authorization has been denied for this request.'],
		['oauth', 'Authorization has been denied for this request.'],
		['text', 'Authorization has been denied for this request.'],
		['html', 'Authorization has been denied for this request.'],
		['empty', undefined],
	] as const)('reads the %s error shape', async (errorShape, serverMessage) => {
		api.setSwitches({errorShape});
		const error = await failure(client({getToken: () => 'expired-token'}).listOffers());
		expect(error.kind).toBe('unauthorized');
		expect(error.serverMessage).toBe(serverMessage);
	});
});
