// @vitest-environment node
import {request as httpRequest} from 'node:http';
import {demoTokens} from './demo-data';
import {startLocalApi} from './server';
import {errorShapes} from './switches';
import {call, useLocalApi} from './test-client';

const api = useLocalApi();

it('listens on a free loopback port, its URL without a trailing slash', () => {
	expect(api().url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
	expect(api().url).not.toMatch(/:0$/);
});

it('records every request with its method, path and query, lower-case headers and parsed body', async () => {
	await call(api(), '/v1/DirectCam/GetDirectCamSpecialOffers?a=1&b=%20', {token: demoTokens.performer, headers: {'X-Trace': 'one'}});
	await call(api(), '/v1/DirectCam/UpdateDirectCamSpecialOffer', {method: 'PUT', token: demoTokens.performer, json: {OfferID: 1}});
	await call(api(), '/v1/DirectCam/UpdateDirectCamSpecialOffer', {method: 'PUT', body: 'not json', headers: {'content-type': 'application/json'}});
	expect(api().requests).toMatchObject([
		{
			method: 'GET',
			path: '/v1/DirectCam/GetDirectCamSpecialOffers?a=1&b=%20',
			headers: {'x-trace': 'one', authorization: `bearer ${demoTokens.performer}`},
			body: undefined,
			status: 200,
		},
		{method: 'PUT', body: {OfferID: 1}, status: 400},
		{method: 'PUT', body: 'not json', status: 401},
	]);
});

it('records when each request arrived, on the clock of `performance.timeOrigin`', async () => {
	const before = performance.timeOrigin + performance.now();
	await call(api(), '/v1/DirectCam/GetSettings', {token: demoTokens.performer});
	const {receivedAt} = api().requests[0]!;
	expect(receivedAt).toBeGreaterThanOrEqual(before);
	expect(receivedAt).toBeLessThanOrEqual(performance.timeOrigin + performance.now());
});

it('answers 404 to an unknown path and 405 to a wrong method, in the error shape', async () => {
	const unknown = await call(api(), '/v2/DirectCam/GetSettings', {token: demoTokens.performer});
	expect([unknown.status, unknown.body]).toEqual([404, {Message: 'No HTTP resource was found that matches the request URI.'}]);
	api().setSwitches({errorShape: 'text'});
	const wrongMethod = await call(api(), '/v1/DirectCam/GetSettings', {method: 'PUT', token: demoTokens.performer, json: {}});
	expect([wrongMethod.status, wrongMethod.headers.get('allow'), wrongMethod.text]).toEqual([
		405,
		'GET',
		"The requested resource does not support http method 'PUT'.",
	]);
});

it('allows any origin, and answers preflights even while failing requests', async () => {
	api().setSwitches({failNext: {count: 1, status: 500}});
	const preflight = await call(api(), '/v1/DirectCam/UpdateDirectCamSpecialOffer', {
		method: 'OPTIONS',
		headers: {origin: 'chrome-extension://abc', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization,content-type'},
	});
	expect(preflight.status).toBe(204);
	for (const reply of [preflight, await call(api(), '/v1/DirectCam/GetSettings', {token: demoTokens.performer})]) {
		expect(Object.fromEntries([...reply.headers].filter(([name]) => name.startsWith('access-control-')))).toEqual({
			'access-control-allow-origin': '*',
			'access-control-allow-headers': 'Authorization, Content-Type',
			'access-control-allow-methods': 'GET, PUT, OPTIONS',
			'access-control-expose-headers': 'Retry-After',
		});
	}

	expect(api().requests.map(request => [request.method, request.status])).toEqual([
		['OPTIONS', 204],
		['GET', 500],
	]);
});

/** A request with headers fetch will not set (Host), as a browser sends it after DNS rebinding or from a web page. */
async function raw(path: string, headers: Record<string, string>, method = 'GET'): Promise<{status: number; headers: Record<string, unknown>}> {
	return new Promise((resolve, reject) => {
		const sent = httpRequest(`${api().url}${path}`, {method, headers}, response => {
			response.resume();
			response.on('end', () => resolve({status: response.statusCode!, headers: response.headers}));
		});
		sent.on('error', reject);
		sent.end();
	});
}

it('refuses a request that names another host, as after DNS rebinding, on every route', async () => {
	const {port} = new URL(api().url);
	for (const path of ['/v1/DirectCam/GetSettings', '/__admin/requests', '/OAuth/Authorize']) {
		for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1:${Number(port) + 1}`, `127.0.0.1.evil.example:${port}`]) {
			expect((await raw(path, {host, authorization: `bearer ${demoTokens.performer}`})).status, `${host}${path}`).toBe(403);
		}
	}

	for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
		expect((await raw('/v1/DirectCam/GetSettings', {host, authorization: `bearer ${demoTokens.performer}`})).status).toBe(200);
	}

	expect(api().requests).toHaveLength(2);
});

it('gives the admin endpoint no CORS headers, and refuses it to any web page', async () => {
	await call(api(), '/v1/DirectCam/GetSettings', {token: demoTokens.performer});
	const reply = await call(api(), '/__admin/requests');
	expect(reply.status).toBe(200);
	expect([...reply.headers.keys()].filter(name => name.startsWith('access-control-'))).toEqual([]);
	for (const [method, path] of [
		['POST', '/__admin/reset'],
		['POST', '/__admin/revoke'],
		['GET', '/__admin/requests'],
		['OPTIONS', '/__admin/switches'],
	]) {
		const refused = await raw(path!, {origin: 'https://evil.example'}, method);
		expect([refused.status, Object.keys(refused.headers).filter(name => name.startsWith('access-control-'))]).toEqual([403, []]);
	}

	// Neither the reset nor the revoke happened.
	expect(api().requests).toHaveLength(1);
	expect((await call(api(), '/v1/account/verifyCredentials', {token: demoTokens.performer})).status).toBe(200);
});

it('gives copies of its offers, and resets them', async () => {
	const [first] = api().offersOf(1001);
	first!.Title = 'Changed outside';
	expect(api().offersOf(1001)[0]!.Title).toBe('Slow strip tease 💋');
	await call(api(), '/v1/DirectCam/UpdateDirectCamSpecialOffer', {
		method: 'PUT',
		token: demoTokens.performer,
		json: {...first, Title: 'Changed inside'},
	});
	expect(api().offersOf(1001)[0]!.Title).toBe('Changed inside');
	expect(api().offersOf(4242)).toEqual([]);
	api().reset();
	expect(api().offersOf(1001)[0]!.Title).toBe('Slow strip tease 💋');
	expect(api().requests).toEqual([]);
});

it('issues tokens that expire', async () => {
	const holder = async (token: string) => (await call(api(), '/v1/account/verifyCredentials', {token})).body?.UserID as unknown;
	expect(await holder(api().issueToken(1002))).toBe(1002);
	expect(await holder(api().issueToken(1002, 60))).toBe(1002);
	expect(await holder(api().issueToken(1002, 0))).toBeUndefined();
	expect(() => api().issueToken(4242)).toThrow(/not a demo user/);
});

it('never sends back the token it received, in any answer or shape', async () => {
	const tokens = [demoTokens.performer, demoTokens.noScope, 'made-up-token-123'];
	const requests = [
		['GET', '/v1/account/verifyCredentials'],
		['GET', '/v1/DirectCam/GetDirectCamSpecialOffers'],
		['GET', '/v1/DirectCam/GetSettings'],
		['PUT', '/v1/DirectCam/UpdateDirectCamSpecialOffer'],
		['GET', '/v1/Groups/DirectCam/GetDirectCamSpecialOffers?UserID=3002'],
		['GET', '/v1/Groups/DirectCam/GetSettings?UserID=1001'],
		['PUT', '/v1/Groups/DirectCam/UpdateDirectCamSpecialOffer'],
		['GET', '/v1/groups/getGroupDetails?GroupID=77'],
		['GET', '/v1/unknown'],
		['POST', '/v1/DirectCam/GetSettings'],
	] as const;
	for (const errorShape of errorShapes) {
		api().setSwitches({errorShape});
		await Promise.all(
			tokens.flatMap(token =>
				requests.map(async ([method, path]) => {
					const reply = await call(api(), path, {method, token, json: method === 'GET' ? undefined : {OfferID: 100101, UserID: 3002}});
					expect(reply.text + JSON.stringify([...reply.headers])).not.toContain(token);
				}),
			),
		);
	}

	expect((await call(api(), '/__admin/requests')).text).not.toMatch(new RegExp(tokens.join('|')));
});

it('closes with connections still open', async () => {
	const own = await startLocalApi({port: 0});
	own.setSwitches({latencyMs: 60_000});
	const pending = fetch(`${own.url}/v1/DirectCam/GetSettings`).then(
		() => 'answered',
		() => 'dropped',
	);
	await vi.waitUntil(() => own.requests.length === 1);
	await own.close();
	expect(await pending).toBe('dropped');
	await expect(fetch(`${own.url}/v1/DirectCam/GetSettings`)).rejects.toThrow();
});
