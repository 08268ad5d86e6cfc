// @vitest-environment node
import {demoTokens} from './demo-data';
import {call, useLocalApi} from './test-client';
import {validateUpdate} from './validate-offer';

const api = useLocalApi();
const admin = async (method: string, path: string, json?: unknown) => call(api(), `/__admin/${path}`, {method, json});
const list = (token: string = demoTokens.performer) => call(api(), '/v1/DirectCam/GetDirectCamSpecialOffers', {token});

it('sets switches, and refuses a patch it does not understand', async () => {
	expect((await admin('POST', 'switches', {wrappedList: true, failNext: {count: 1, status: 503, retryAfter: '3'}})).status).toBe(204);
	expect((await list()).headers.get('retry-after')).toBe('3');
	expect(Object.keys((await list()).body)).toEqual(['SpecialOffers']);
	const refused = await admin('POST', 'switches', {wrappedList: 'yes', turbo: true});
	expect([refused.status, refused.body.ModelState.request]).toEqual([400, ['wrappedList has an invalid value.', 'turbo is not a switch.']]);
});

it('keeps its own answers out of the switches and the recorded requests', async () => {
	await admin('POST', 'switches', {dropNext: 1, errorShape: 'text', latencyMs: 60_000});
	expect((await admin('GET', 'offers?UserID=1')).body.Message).toBe('The request is invalid.');
	await admin('POST', 'reset');
	expect(api().requests).toEqual([]);
});

it('resets', async () => {
	await admin('POST', 'seed', {UserID: 1001, count: 1});
	await admin('POST', 'switches', {noListEndpoint: true});
	await list();
	expect((await admin('POST', 'reset')).status).toBe(204);
	expect(api().requests).toEqual([]);
	expect((await list()).body).toHaveLength(5);
});

it('hands out the recorded requests without the token, and clears them', async () => {
	await call(api(), '/v1/DirectCam/UpdateDirectCamSpecialOffer?x=1', {method: 'PUT', token: demoTokens.performer, json: {OfferID: 1}});
	await call(api(), '/nowhere', {body: 'plain words', method: 'POST'});
	const {body, text} = await admin('GET', 'requests');
	expect(text).not.toContain(demoTokens.performer);
	expect(body).toMatchObject([
		{
			method: 'PUT',
			path: '/v1/DirectCam/UpdateDirectCamSpecialOffer?x=1',
			headers: {authorization: 'bearer [redacted]', 'content-type': 'application/json'},
			body: {OfferID: 1},
			status: 400,
		},
		{method: 'POST', path: '/nowhere', body: 'plain words', status: 404},
	]);
	expect(api().requests[0]!.headers.authorization).toBe(`bearer ${demoTokens.performer}`);
	expect((await admin('DELETE', 'requests')).status).toBe(204);
	expect((await admin('GET', 'requests')).body).toEqual([]);
});

it('answers the stored offers of a user', async () => {
	const {body} = await admin('GET', 'offers?UserID=3002');
	expect(body).toEqual(api().offersOf(3002));
	expect(body[0]).toEqual({
		OfferID: 300201,
		OfferNumber: 1,
		Title: 'Sunset tease 🌅',
		Duration: 10,
		TotalCredits: 20,
		ModeID: 3,
		CurrentlyAvailable: true,
		AllowRateContinue: true,
		Incomplete: false,
	});
	expect((await admin('GET', 'offers')).status).toBe(400);
	expect((await admin('GET', 'offers?UserID=4242')).status).toBe(400);
});

it('seeds N valid offers with IDs of their own', async () => {
	expect((await admin('POST', 'seed', {UserID: 1001, count: 200})).status).toBe(204);
	const offers = api().offersOf(1001);
	expect(offers).toHaveLength(200);
	expect(new Set(offers.map(offer => offer.OfferID)).size).toBe(200);
	for (const offer of offers) {
		expect(validateUpdate(offer)).toEqual({request: expect.any(Object)});
	}

	expect(offers.some(offer => offer.OfferID >= 100_201 && offer.OfferID <= 300_305)).toBe(false);
	expect((await list()).body).toHaveLength(200);
	expect((await admin('POST', 'seed', {UserID: 1001, count: 0})).status).toBe(204);
	expect((await list()).body).toEqual([]);
	for (const bad of [{UserID: 1001}, {UserID: 1001, count: -1}, {UserID: 1001, count: 10_000}, {UserID: 4242, count: 1}, 'x']) {
		expect((await admin('POST', 'seed', bad)).status).toBe(400);
	}
});

it('revokes every token and consent until reset; later tokens work', async () => {
	expect((await admin('POST', 'revoke')).status).toBe(204);
	for (const token of [demoTokens.performer, demoTokens.manager, demoTokens.noScope]) {
		expect((await call(api(), '/v1/account/verifyCredentials', {token})).status).toBe(401);
	}

	expect((await list(api().issueToken(1001))).status).toBe(200);
	await admin('POST', 'reset');
	expect((await list()).status).toBe(200);
});

it('issues tokens', async () => {
	const {status, body} = await admin('POST', 'tokens', {UserID: 3001, expiresIn: 3600});
	expect([status, Object.keys(body)]).toEqual([200, ['access_token']]);
	expect((await call(api(), '/v1/Groups/DirectCam/GetSettings?UserID=3002', {token: body.access_token})).status).toBe(200);
	const expired = (await admin('POST', 'tokens', {UserID: 3001, expiresIn: 0})).body.access_token;
	expect((await list(expired)).status).toBe(401);
	for (const bad of [{}, {UserID: 4242}, {UserID: 1001, expiresIn: '60'}, {UserID: 1001, scope: 3}]) {
		expect((await admin('POST', 'tokens', bad)).status).toBe(400);
	}
});

it('answers 404 and 405 like the rest', async () => {
	expect((await admin('GET', 'nothing')).status).toBe(404);
	const wrongMethod = await admin('GET', 'reset');
	expect([wrongMethod.status, wrongMethod.headers.get('allow')]).toEqual([405, 'POST']);
});

it('edits an offer as the website would: the store changes, no request is recorded', async () => {
	const [offer] = api().offersOf(1001);
	const edited = await admin('POST', 'website-edit', {UserID: 1001, OfferID: offer!.OfferID, patch: {TotalCredits: 44}});
	expect(edited.status).toBe(200);
	expect(api().offersOf(1001)[0]).toEqual({...offer, TotalCredits: 44});
	expect(api().requests).toEqual([]);
	expect((await admin('POST', 'website-edit', {UserID: 1001, OfferID: 1, patch: {}})).status).toBe(404);
	expect((await admin('POST', 'website-edit', {UserID: 1001})).status).toBe(400);
});
