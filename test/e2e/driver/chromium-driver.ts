import type {Browser} from 'webextension-polyfill';
import {type ChromiumSession, launchChromium} from '../harness/chromium';
import {badgeText} from '../harness/chromium-extension';
import {openPopup} from '../harness/chromium-pages';
import {chromiumPage} from './chromium-page';
import type {BrowserDriver, MenuClick} from './driver';
import * as inExtension from './in-extension';

/**
The scenarios' driver for Chromium, on playwright-core. Chrome's events have `dispatch()`:
a menu click or a shortcut fires the real listeners in the worker, as the browser's UI would.
Callbacks passed to `evaluate` run in the browser, so they use only their argument and the
extension's globals.
*/

/** A fresh install's state for the next test, without the cost of a new browser. */
async function resetExtension(session: ChromiumSession): Promise<void> {
	await Promise.all(session.context.pages().map(async page => page.close()));
	// A page of the extension that never talks to the worker: it clears the storage while the
	// worker is stopped, so no send still under way writes into it and the next start loads nothing.
	const page = await session.context.newPage();
	await page.goto(`chrome-extension://${session.extensionId}/popup.css`);
	await session.stopWorker();
	await page.evaluate(async () => {
		const {browser} = globalThis as unknown as {browser: Browser};
		await Promise.all([
			browser.storage.local.clear(),
			browser.storage.session.clear(),
			browser.alarms.clearAll(),
			browser.contextMenus.removeAll(),
			browser.action.setBadgeText({text: ''}),
		]);
	});
	await page.close();
}

export function chromiumDriver(session: ChromiumSession): BrowserDriver {
	async function inWorker<T, A>(callback: (argument: A) => Promise<T>, argument: A): Promise<T> {
		return (await session.worker()).evaluate<T, A>(callback as never, argument);
	}

	return {
		name: 'chromium',
		canStopWorker: true,
		async openPage(name) {
			return chromiumPage(name === 'options' ? await session.openPage('options.html') : await openPopup(session, `${name}.html`));
		},
		async nextWindow(url) {
			// The window opens blank and is sent on to its address.
			const page = await session.context.waitForEvent('page');
			await page.waitForURL(url);
			return chromiumPage(page);
		},
		async clickMenuItem(click: MenuClick) {
			await inWorker(async info => {
				(globalThis as unknown as {chrome: {contextMenus: {onClicked: {dispatch(info: unknown): void}}}}).chrome.contextMenus.onClicked.dispatch({
					editable: false,
					pageUrl: '',
					...info,
				});
			}, click);
		},
		async pressCommand(command) {
			await inWorker(async name => {
				(globalThis as unknown as {chrome: {commands: {onCommand: {dispatch(name: string): void}}}}).chrome.commands.onCommand.dispatch(name);
			}, command);
		},
		existingMenuItems: async ids => inWorker(inExtension.existingMenuItems, ids),
		badgeText: async () => badgeText(session),
		alarmTime: async name => inWorker(inExtension.alarmTime, name),
		async signInByMessage(apiUrl, token) {
			// From a page: the worker's own messages do not reach its listener.
			const page = await session.openPage('options.html');
			const refused = await page.evaluate(inExtension.signInWithTokenMessage, {apiUrl, token});
			await page.close();
			if (refused) {
				throw new Error(`The worker refused the sign-in: ${refused}`);
			}
		},
		removeHostPermission: async origin => inWorker(inExtension.removeHostPermission, origin),
		hasHostPermission: async origin => inWorker(inExtension.hasHostPermission, origin),
		stopWorker: async () => session.stopWorker(),
		reset: async () => resetExtension(session),
		close: async () => session.close(),
	};
}

export async function launchChromiumDriver(options: {language?: string} = {}): Promise<BrowserDriver> {
	return chromiumDriver(await launchChromium(options));
}
