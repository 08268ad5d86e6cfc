import path from 'node:path';
import {build} from '../scripts/build';
import {launchChromium, type ChromiumSession} from '../test/e2e/harness/chromium';
import {signInWithToken} from '../test/e2e/harness/chromium-pages';
import {ownUpdatePath} from '../test/e2e/harness/recorded-requests';
import {demoTokens, demoUser, type StoredOffer} from '../test/local-api/demo-data';
import {type LocalApi, type RecordedRequest, startLocalApi} from '../test/local-api/server';
import {writeStaticBaseline} from './static-baseline';

export const performerId = 1001;
export const demoOffers: readonly StoredOffer[] = demoUser(performerId)!.offers;

export type Bench = {
	api: LocalApi;
	browser: ChromiumSession;
	/** The bench's own build, apart from `dist/local-chromium`, which the browser suite rebuilds meanwhile. */
	buildDir: string;
	extensionDir: string;
	close(): Promise<void>;
};

/** Builds, starts the local API and Chromium, and signs in as the demo performer, as `npm start` does. */
export async function startBench(): Promise<Bench> {
	const buildDir = path.resolve('dist/bench');
	const targets = await build({local: true, outDir: buildDir});
	const extensionDir = targets.find(target => target.browser === 'chromium')!.dir;
	await writeStaticBaseline(extensionDir, demoOffers);
	const api = await startLocalApi({port: 0});
	const browser = await launchSignedIn(extensionDir, api, demoTokens.performer);
	return {
		api,
		browser,
		buildDir,
		extensionDir,
		async close() {
			await browser.close();
			await api.close();
		},
	};
}

/** A browser of its own with the bench's build, signed in through the options page as a developer would. */
export async function launchSignedIn(extensionDir: string, api: LocalApi, token: string): Promise<ChromiumSession> {
	const browser = await launchChromium({extensionDir});
	await signInWithToken(browser, api.url, token);
	return browser;
}

const pause = async (ms: number) =>
	new Promise(resolve => {
		setTimeout(resolve, ms);
	});

/** Polls until `found` returns something; the bench has no test runner's `expect.poll`. */
export async function waitFor<T>(what: string, found: () => T | undefined | Promise<T | undefined>, {timeoutMs = 15_000, intervalMs = 2} = {}): Promise<T> {
	const deadline = performance.now() + timeoutMs;
	for (;;) {
		const value = await found();
		if (value !== undefined) {
			return value;
		}

		if (performance.now() > deadline) {
			throw new Error(`Gave up waiting for ${what}`);
		}

		await pause(intervalMs);
	}
}

export const isOfferPut = (request: RecordedRequest) => request.method === 'PUT' && request.path === ownUpdatePath;

/** The first offer update the local API received from index `from` of its requests on. */
export async function nextPut(api: LocalApi, from: number): Promise<RecordedRequest> {
	return waitFor('an offer update to arrive', () => api.requests.slice(from).find(isOfferPut));
}

/** Answered requests only: the worker has the answer in hand, or soon will. */
export async function answered(request: RecordedRequest): Promise<void> {
	await waitFor('the local API to answer', () => request.status);
}

/** Resolves once the local API has received nothing for `ms`. */
export async function apiQuiet(api: LocalApi, ms: number): Promise<void> {
	let count = api.requests.length;
	let since = performance.now();
	await waitFor(
		'the extension to stop sending',
		() => {
			if (api.requests.length !== count) {
				count = api.requests.length;
				since = performance.now();
			}

			return performance.now() - since >= ms ? true : undefined;
		},
		{intervalMs: 20},
	);
}

export {pause};
