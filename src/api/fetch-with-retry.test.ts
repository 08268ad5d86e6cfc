// @vitest-environment node
import {fetchWithRetry, RequestTimeout, type RetryOptions} from './fetch-with-retry';

type Step = Response | Error | 'hang';

/** A `fetch` that plays the given answers in order and keeps what it was asked. */
function scripted(...steps: Step[]) {
	const calls: Array<{url: string; init: RequestInit}> = [];
	const fake = async (url: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
		calls.push({url: String(url), init});
		const step = steps.shift() ?? new Response('{}');
		if (step === 'hang') {
			return new Promise((_resolve, reject) => {
				init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
			});
		}

		if (step instanceof Error) {
			throw step;
		}

		return step;
	};

	return {calls, fetch: fake as typeof fetch};
}

const request = {url: 'http://127.0.0.1:1/v1/x', method: 'PUT', headers: {Accept: 'application/json'}, body: '{"a":1}'};
const options = (fetch: typeof globalThis.fetch, overrides: Partial<RetryOptions> = {}): RetryOptions =>
	({timeoutMs: 1000, retries: 2, backoffMs: 1, longestWaitMs: 1500, fetch, ...overrides});
const status = (code: number, headers: Record<string, string> = {}) => new Response(null, {status: code, headers});

it('sends the request as given, once when it succeeds', async () => {
	const server = scripted(new Response('{"ok":true}'));
	const response = await fetchWithRetry(request, options(server.fetch));
	expect(await response.json()).toEqual({ok: true});
	expect(server.calls).toHaveLength(1);
	expect(server.calls[0]).toMatchObject({url: request.url, init: {method: 'PUT', headers: request.headers, body: '{"a":1}'}});
});

it.each([408, 429, 502, 503, 504])('tries %i again, at most `retries` times, and returns the last answer', async code => {
	const server = scripted(status(code), status(code), status(code), new Response('{}'));
	expect((await fetchWithRetry(request, options(server.fetch))).status).toBe(code);
	expect(server.calls).toHaveLength(3);
});

it('returns other failures at once: a 500 or a client error is no passing failure', async () => {
	for (const code of [400, 401, 404, 500]) {
		const server = scripted(status(code));
		expect((await fetchWithRetry(request, options(server.fetch))).status).toBe(code);
		expect(server.calls).toHaveLength(1);
	}
});

it('waits as Retry-After says when that is short, and hands a long one back', async () => {
	const short = scripted(status(429, {'Retry-After': '0.2'}), new Response('{}'));
	const started = performance.now();
	expect((await fetchWithRetry(request, options(short.fetch))).status).toBe(200);
	expect(performance.now() - started).toBeGreaterThanOrEqual(190);

	const long = scripted(status(503, {'Retry-After': '120'}));
	expect((await fetchWithRetry(request, options(long.fetch))).status).toBe(503);
	expect(long.calls).toHaveLength(1);
});

it('tries a dropped connection again, and throws the network’s error when it keeps failing', async () => {
	const dropped = new TypeError('fetch failed');
	expect((await fetchWithRetry(request, options(scripted(dropped, new Response('{}')).fetch))).status).toBe(200);
	const server = scripted(dropped, dropped, dropped);
	await expect(fetchWithRetry(request, options(server.fetch))).rejects.toBe(dropped);
	expect(server.calls).toHaveLength(3);
});

it('gives up on a request without an answer in time, and does not try it again', async () => {
	const server = scripted('hang');
	await expect(fetchWithRetry(request, options(server.fetch, {timeoutMs: 20}))).rejects.toBeInstanceOf(RequestTimeout);
	expect(server.calls).toHaveLength(1);
});
