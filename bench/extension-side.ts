import type {Page, Worker} from 'playwright-core';
import type {ChromiumSession} from '../test/e2e/harness/chromium';
import {badgeText} from '../test/e2e/harness/chromium-extension';
import type {RecordedRequest} from '../test/local-api/server';
import {pause, waitFor} from './bench-session';
import {runInBrowser} from './in-browser';

/**
The bench's reach into the extension. Callbacks passed to `evaluate` run in the browser and
use only their argument and the `chrome` global. Times taken there are on the clock the
local API stamps requests with: `performance.timeOrigin + performance.now()`.
*/

/** The part of the extension's `chrome` global used here (the project has no @types/chrome). */
declare const chrome: {
	runtime: {sendMessage(message: unknown): Promise<unknown>; onStartup: {dispatch(): void}};
	storage: {
		local: {get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>};
		onChanged: {
			addListener(listener: (changes: Record<string, {newValue?: unknown}>, area: string) => void): void;
			removeListener(listener: (changes: Record<string, {newValue?: unknown}>, area: string) => void): void;
		};
	};
	contextMenus: {onClicked: {dispatch(info: Record<string, unknown>): void}};
};

/** The menu item id the worker gives an offer's checkbox. */
const offerItem = (offerId: number) => `offer:${offerId}`;

/** What Chrome tells the worker when the user ticks or clears an offer's box; resolves with when it was told. */
export async function dispatchToggle(worker: Worker, offerId: number, checked: boolean): Promise<number> {
	return worker.evaluate(
		({menuItemId, checked}) => {
			const at = performance.timeOrigin + performance.now();
			chrome.contextMenus.onClicked.dispatch({menuItemId, checked, wasChecked: !checked, editable: false, pageUrl: ''});
			return at;
		},
		{menuItemId: offerItem(offerId), checked},
	);
}

/** Clicks spaced `gapMs` apart, as a performer's nervous double-clicks would come. */
export async function dispatchToggles(worker: Worker, offerId: number, checks: boolean[], gapMs: number): Promise<void> {
	await worker.evaluate(
		async ({menuItemId, checks, gapMs}) => {
			for (const [index, checked] of checks.entries()) {
				if (index > 0) {
					await new Promise(resolve => {
						setTimeout(resolve, gapMs);
					});
				}

				chrome.contextMenus.onClicked.dispatch({menuItemId, checked, wasChecked: !checked, editable: false, pageUrl: ''});
			}
		},
		{menuItemId: offerItem(offerId), checks, gapMs},
	);
}

export type RawRequest = {url: string; method: string; headers: Record<string, string>; body: string};

/** The same request the extension sent, replayed byte for byte. */
export function replayOf(request: RecordedRequest, apiUrl: string): RawRequest {
	const {accept = '', authorization = '', 'content-type': contentType = ''} = request.headers;
	return {
		url: apiUrl + request.path,
		method: request.method,
		headers: {Accept: accept, Authorization: authorization, 'Content-Type': contentType},
		body: JSON.stringify(request.body),
	};
}

/** A bare `fetch` from the worker, not awaited; resolves with when it was started. */
export async function fetchFromWorker(worker: Worker, request: RawRequest): Promise<number> {
	return worker.evaluate(({url, ...init}) => {
		const at = performance.timeOrigin + performance.now();
		void fetch(url, init);
		return at;
	}, request);
}

/** A bare `fetch` from a page, awaited with its body: ms from start to the whole answer. */
export async function fetchFromPage(page: Page, request: RawRequest): Promise<number> {
	return page.evaluate(async ({url, ...init}) => {
		const started = performance.now();
		const response = await fetch(url, init);
		await response.text();
		return performance.now() - started;
	}, request);
}

/**
A page of the extension that runs none of its code (a stylesheet shown as a page): it has
the `chrome` APIs of the extension's pages, listens for nothing and never wakes the worker.
*/
export async function openQuietPage(browser: ChromiumSession): Promise<Page> {
	const page = await browser.context.newPage();
	await page.goto(`chrome-extension://${browser.extensionId}/popup.css`);
	return page;
}

/**
Wakes a stopped worker with a message no listener answers. `wakeMs`: from sending to the
message port closing, which is the worker started and its listeners run. Chromium keeps the
worker's target across a stop, so Playwright's handle may be the old one, now running anew.
*/
export async function wakeWorker(browser: ChromiumSession, quietPage: Page): Promise<{worker: Worker; wakeMs: number}> {
	const wakeMs = await quietPage.evaluate(async () => {
		const at = performance.now();
		await chrome.runtime.sendMessage({type: 'bench-wake-up'}).catch(() => undefined);
		return performance.now() - at;
	});
	const known = browser.context.serviceWorkers().find(worker => worker.url().startsWith(`chrome-extension://${browser.extensionId}/`));
	return {worker: known ?? (await browser.context.waitForEvent('serviceworker')), wakeMs};
}

/** Asks the worker as the popup does, through the message protocol. */
export async function askWorker(page: Page, request: Record<string, unknown>): Promise<unknown> {
	return page.evaluate(async message => chrome.runtime.sendMessage(message), request);
}

/** Makes the cached offers older than the worker's freshness limit, and stops the worker so that it reads them again. */
export async function ageOfferCache(browser: ChromiumSession, quietPage: Page, byMs: number): Promise<void> {
	await quietPage.evaluate(async ms => {
		const items = await chrome.storage.local.get(null);
		const aged: Record<string, unknown> = {};
		for (const [key, value] of Object.entries(items)) {
			const cache = value as {fetchedAt?: number};
			if (key.startsWith('book:') && typeof cache.fetchedAt === 'number') {
				aged[key] = {...cache, fetchedAt: cache.fetchedAt - ms};
			}
		}

		await chrome.storage.local.set(aged);
	}, byMs);
	await browser.stopWorker();
}

/**
Fires the browser-start event and times the menus being built again: the worker stores what
the menus show with its state in `storage.local` as the last step of a sync.
*/
export async function timeMenuRebuild(worker: Worker): Promise<number> {
	return runInBrowser(
		worker,
		async () => {
			const synced = new Promise<number>(resolve => {
				const listener = (changes: Record<string, {newValue?: unknown}>, area: string) => {
					if (area === 'local' && changes.shownMenus?.newValue !== undefined) {
						chrome.storage.onChanged.removeListener(listener);
						resolve(performance.now());
					}
				};

				chrome.storage.onChanged.addListener(listener);
			});
			const started = performance.now();
			chrome.runtime.onStartup.dispatch();
			return (await synced) - started;
		},
		undefined,
	);
}

/** The badge counts changes waiting to be sent; once it counts none, a moment more (`afterMs`) lets the worker finish publishing. */
export async function workerSettled(browser: ChromiumSession, {afterMs = 100} = {}): Promise<void> {
	await waitFor('the worker to send everything', async () => (/^\d+$/.test(await badgeText(browser)) ? undefined : true), {intervalMs: 10});
	await pause(afterMs);
}
