import type {MenuClick} from './chromium-extension';
import type {FirefoxSession} from './firefox';
import {patiently} from './recorded-requests';

/**
The browser's side of the extension in Firefox: what the toolbar menu and the keyboard
shortcut do, and what the badge and the menus show. Firefox's events cannot be dispatched
from outside, so clicks and shortcuts go through the local build's hooks on the background
page, which call the very handlers the listeners call. Callbacks run in the browser: they
use only their arguments.
*/

/** What Firefox tells the extension when the user clicks one of its items in the toolbar icon's menu. */
export async function clickMenuItem(session: FirefoxSession, click: MenuClick): Promise<void> {
	await session.inBackground(({directcamTestHooks}, info) => {
		// Not awaited, as a click does not wait for the extension either.
		void directcamTestHooks.menuClicked({editable: false, modifiers: [], pageUrl: '', ...info});
	}, click);
}

/** What Firefox tells the extension when the user presses the command's shortcut. */
export async function pressCommand(session: FirefoxSession, command: string): Promise<void> {
	await session.inBackground(({directcamTestHooks}, name) => {
		void directcamTestHooks.command(name);
	}, command);
}

/** Firefox has no call that lists menu items; updating an item with nothing to change succeeds exactly when it exists. */
export async function existingMenuItems(session: FirefoxSession, ids: string[]): Promise<string[]> {
	const results = await session.inExtension(
		async ({browser}, candidates) =>
			Promise.all(
				candidates.map(async id =>
					browser.contextMenus.update(id, {}).then(
						() => id,
						() => undefined,
					),
				),
			),
		ids,
	);
	return results.filter((id): id is string => id !== undefined);
}

export async function badgeText(session: FirefoxSession): Promise<string> {
	return session.inExtension(async ({browser}) => browser.action.getBadgeText({}), undefined);
}

/**
Waits until the badge no longer counts changes waiting to be sent. Call it once the
requests are known to have arrived: the count is on the badge before anything is sent.
*/
export async function nothingLeftToSend(session: FirefoxSession): Promise<void> {
	await expect.poll(async () => badgeText(session), patiently).not.toMatch(/^\d+$/);
}

/** When the worker's retry alarm will fire, if it is set. */
export async function retryAlarmTime(session: FirefoxSession, name: string): Promise<number | undefined> {
	return session.inExtension(async ({browser}, alarmName) => (await browser.alarms.get(alarmName))?.scheduledTime, name);
}
