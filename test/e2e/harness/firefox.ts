import {randomUUID} from 'node:crypto';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import puppeteer, {type Browser, type Page} from 'puppeteer-core';
import type {Browser as WebExtensionApi} from 'webextension-polyfill';
import {browserPaths} from '../../../scripts/ensure-browsers';
import type {BrowserTestHooks} from '../../../src/worker/events/browser-test-hooks';
import {distDir} from './dist';

/** What callbacks run in the extension's pages find; the polyfill's types are Firefox's own `browser`. */
type ExtensionGlobals = {browser: WebExtensionApi};
/** The background page as the local build leaves it (`src/worker/browser-test-hooks.ts`). */
export type BackgroundPage = {directcamTestHooks: BrowserTestHooks};

export type FirefoxSession = {
	browser: Browser;
	/** The extension's moz-extension:// host, fixed by a pref so that pages can be opened by URL. */
	uuid: string;
	/** Opens one of the extension's pages in a new tab. */
	openPage(file: 'popup.html' | 'sidepanel.html' | 'options.html'): Promise<Page>;
	/** Runs a callback in an extension page that never talks to the worker (`browser` is its global). */
	inExtension<T, A>(callback: (argument: A) => T | Promise<T>, argument: A): Promise<T>;
	/** Runs a callback with the background page, reached the way extension pages reach it. */
	inBackground<T, A>(callback: (background: BackgroundPage, argument: A) => T | Promise<T>, argument: A): Promise<T>;
	/** A fresh install's state for the next test, without the cost of a new browser: uninstall, install again. */
	reinstall(): Promise<void>;
	close(): Promise<void>;
};

/**
Firefox ESR through puppeteer-core over WebDriver BiDi, with the local build installed as a
temporary add-on. Firefox MV3 treats host permissions as the user's to take back, but it grants
the manifest's ones at install (a temporary add-on's too): the local build reaches the local
API on 127.0.0.1 as its own requests, with no pref and no prompt. `npm start -- --firefox`
launches it too, with a window (`headless: false`) and outside vitest.
*/
export async function launchFirefox({extensionDir = distDir('local-firefox'), headless = true, language = ''} = {}): Promise<FirefoxSession> {
	const manifest = JSON.parse(await readFile(path.join(extensionDir, 'manifest.json'), 'utf8')) as {browser_specific_settings: {gecko: {id: string}}};
	const geckoId = manifest.browser_specific_settings.gecko.id;
	const uuid = randomUUID();
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: browserPaths.firefox,
		headless,
		args: ['--remote-allow-system-access'],
		extraPrefsFirefox: {
			'extensions.webextensions.uuids': JSON.stringify({[geckoId]: uuid}),
			// The same host after `reinstall()`, so that open pages and tests keep their URLs.
			'extensions.webextensions.keepUuidOnUninstall': true,
			// `permissions.request` resolves as if the user pressed Allow in the prompt, which
			// headless Firefox cannot show. Firefox still refuses a request made outside a user's click.
			'extensions.webextOptionalPermissionPrompts': false,
			// A user's browser in another language (its language pack installed, as Debian's firefox-esr-l10n-* do).
			...(language ? {'intl.locale.requested': language} : {}),
		},
	});
	let addonId = await browser.installExtension(extensionDir);
	// The tab Firefox opened with: closing the last tab would close the browser.
	const [firstTab] = await browser.pages();
	let helper: Promise<Page> | undefined;

	/**
	Opens one of the extension's files in a new tab. Over BiDi the navigation to a moz-extension://
	page never settles and its new document goes unannounced; a query run before that document
	is in place would leave puppeteer's helper script in the old one. So the page is asked,
	with plain evaluations, until it is the extension's and loaded.
	*/
	async function openExtensionPage(file: string): Promise<Page> {
		const page = await browser.newPage();
		const url = `moz-extension://${uuid}/${file}`;
		page.goto(url).catch(() => undefined);
		const loaded = async () => page.evaluate(() => `${document.readyState} ${location.href}`).catch(() => 'navigating');
		// A loop rather than `expect.poll`: `npm start` runs this outside vitest.
		const deadline = Date.now() + 15_000;
		while ((await loaded()) !== `complete ${url}`) {
			if (Date.now() > deadline) {
				throw new Error(`${url} did not load within 15 s`);
			}

			await sleep(20);
		}

		return page;
	}

	/** A stylesheet of the extension, opened as a page: an extension page that starts nothing. */
	async function helperPage(): Promise<Page> {
		helper ??= openExtensionPage('popup.css');
		return helper;
	}

	return {
		browser,
		uuid,
		openPage: openExtensionPage,
		async inExtension(callback, argument) {
			return (await helperPage()).evaluate(callback as never, argument);
		},
		async inBackground(callback, argument) {
			const page = await helperPage();
			const background = await page.evaluateHandle(async () => (globalThis as unknown as ExtensionGlobals).browser.runtime.getBackgroundPage());
			try {
				return await page.evaluate(callback as never, background, argument);
			} finally {
				await background.dispose();
			}
		},
		async reinstall() {
			await Promise.all((await browser.pages()).filter(page => page !== firstTab).map(async page => page.close()));
			helper = undefined;
			await browser.uninstallExtension(addonId);
			addonId = await browser.installExtension(extensionDir);
		},
		async close() {
			await browser.close();
		},
	};
}
