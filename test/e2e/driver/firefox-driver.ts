import {type FirefoxSession, launchFirefox} from '../harness/firefox';
import type {BrowserDriver, MenuClick} from './driver';
import {firefoxPage} from './firefox-page';
import * as inExtension from './in-extension';

/**
The scenarios' driver for Firefox ESR, on puppeteer-core over WebDriver BiDi. Firefox's events
cannot be dispatched from outside, so clicks and shortcuts go through the local build's hooks
on the background page, which call the very handlers the listeners call. Callbacks run in the
browser: they use only their arguments.
*/

export function firefoxDriver(session: FirefoxSession): BrowserDriver {
	return {
		name: 'firefox',
		// Firefox has no call, from outside or inside, that stops an event page on demand.
		canStopWorker: false,
		async openPage(name) {
			if (name === 'options') {
				return firefoxPage(await session.openPage('options.html'));
			}

			const popup = await session.openPage(`${name}.html`);
			await popup.setViewport({width: name === 'sidepanel' ? 420 : 380, height: 600});
			// Rendered: the list, or a notice's heading (the headings are checked by name where it matters).
			await popup.waitForSelector('ul, h2');
			return firefoxPage(popup);
		},
		async nextWindow(url) {
			const target = await session.browser.waitForTarget(candidate => candidate.type() === 'page' && url.test(candidate.url()));
			return firefoxPage((await target.page())!);
		},
		async clickMenuItem(click: MenuClick) {
			await session.inBackground(({directcamTestHooks}, info) => {
				// Not awaited, as a click does not wait for the extension either.
				void directcamTestHooks.menuClicked({editable: false, modifiers: [], pageUrl: '', ...info});
			}, click);
		},
		async pressCommand(command) {
			await session.inBackground(({directcamTestHooks}, name) => {
				void directcamTestHooks.command(name);
			}, command);
		},
		existingMenuItems: async ids => session.inExtension(inExtension.existingMenuItems, ids),
		badgeText: async () => session.inExtension(inExtension.badgeText, undefined),
		alarmTime: async name => session.inExtension(inExtension.alarmTime, name),
		async signInByMessage(apiUrl, token) {
			const refused = await session.inExtension(inExtension.signInWithTokenMessage, {apiUrl, token});
			if (refused) {
				throw new Error(`The worker refused the sign-in: ${refused}`);
			}
		},
		removeHostPermission: async origin => session.inExtension(inExtension.removeHostPermission, origin),
		hasHostPermission: async origin => session.inExtension(inExtension.hasHostPermission, origin),
		async stopWorker() {
			throw new Error('Firefox cannot stop its event page on demand: run this scenario where `canStopWorker`');
		},
		reset: async () => session.reinstall(),
		close: async () => session.close(),
	};
}

export async function launchFirefoxDriver(options: {language?: string} = {}): Promise<BrowserDriver> {
	return firefoxDriver(await launchFirefox(options));
}
