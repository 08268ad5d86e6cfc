import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {type BrowserContext, chromium, type Page, type Worker} from 'playwright-core';
import {browserPaths} from '../../../scripts/ensure-browsers';
import {distDir} from './dist';

/** Flags proven on these machines: no sandbox as root, and no calls to Google's hosts. */
export const chromiumFlags = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export type ChromiumSession = {
	context: BrowserContext;
	extensionId: string;
	worker(): Promise<Worker>;
	openPage(file: 'popup.html' | 'sidepanel.html' | 'options.html', options?: {width?: number}): Promise<Page>;
	/** Kills the service worker the way Chrome does when it idles, through CDP. */
	stopWorker(): Promise<void>;
	close(): Promise<void>;
};

export type LaunchOptions = {
	/** Another unpacked build than the browser suite's, such as the bench's own. */
	extensionDir?: string;
	/** `npm start` opens a window, sized by the user rather than a fixed viewport. */
	headless?: boolean;
	/** The browser's UI language, such as `de` for the German screenshots. */
	language?: string;
};

export async function launchChromium({extensionDir = distDir('local-chromium'), headless = true, language}: LaunchOptions = {}): Promise<ChromiumSession> {
	const profile = await mkdtemp(path.join(tmpdir(), 'directcam-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: browserPaths.chromium,
		headless,
		...(headless ? {} : {viewport: null}),
		// Chromium on Linux takes its UI language from the environment; `--lang` alone is not enough.
		...(language ? {env: {...process.env, LANGUAGE: language}} : {}),
		args: [...chromiumFlags, ...(language ? [`--lang=${language}`] : []), `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
	});
	const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
	const extensionId = new URL(first.url()).host;
	// Playwright keeps one Worker object across a stop and the next start, so whether the worker
	// runs is known here: stopped by `stopWorker()` until a page has had an answer from it.
	let stopped = false;

	async function worker(): Promise<Worker> {
		if (stopped) {
			// Waking the worker: the options page shows its form only once the worker has answered.
			const page = await context.newPage();
			await page.goto(`chrome-extension://${extensionId}/options.html`);
			await page.getByRole('button', {name: 'Sign in with AdultWork'}).waitFor();
			await page.close();
			stopped = false;
		}

		return context.serviceWorkers().find(candidate => candidate.url().includes(extensionId)) ?? first;
	}

	return {
		context,
		extensionId,
		worker,
		async openPage(file, {width = 380} = {}) {
			const page = await context.newPage();
			await page.setViewportSize({width, height: 600});
			await page.goto(`chrome-extension://${extensionId}/${file}`);
			return page;
		},
		async stopWorker() {
			const page = context.pages()[0] ?? (await context.newPage());
			const cdp = await context.newCDPSession(page);
			await cdp.send('ServiceWorker.enable');
			await cdp.send('ServiceWorker.stopAllWorkers');
			await cdp.detach();
			stopped = true;
		},
		async close() {
			await context.close();
			await rm(profile, {recursive: true, force: true});
		},
	};
}
