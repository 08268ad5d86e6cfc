import type {ChromiumSession} from './chromium';

/**
The browser's side of the extension, reached in its service worker: what the toolbar menu
and the keyboard shortcut do, and what the badge and the menus show. Callbacks passed to
`evaluate` run in the browser, so they use only their argument and the `chrome` global.
*/

/** The part of the extension's `chrome` global used here (the project has no @types/chrome). */
declare const chrome: {
	storage: {local: {clear(): Promise<void>}; session: {clear(): Promise<void>}};
	alarms: {clearAll(): Promise<boolean>; get(name: string): Promise<{scheduledTime: number} | undefined>};
	contextMenus: {
		removeAll(): Promise<void>;
		update(id: string, properties: Record<string, never>): Promise<void>;
		onClicked: {dispatch(info: Record<string, unknown>): void};
	};
	commands: {onCommand: {dispatch(command: string): void}};
	action: {setBadgeText(details: {text: string}): Promise<void>; getBadgeText(details: Record<string, never>): Promise<string>};
};

/** A fresh install's state for the next test, without the cost of a new browser. */
export async function resetExtension(session: ChromiumSession): Promise<void> {
	await Promise.all(session.context.pages().map(async page => page.close()));
	// A page of the extension that never talks to the worker: it clears the storage while the
	// worker is stopped, so no send still under way writes into it and the next start loads nothing.
	const page = await session.context.newPage();
	await page.goto(`chrome-extension://${session.extensionId}/popup.css`);
	await session.stopWorker();
	await page.evaluate(async () => {
		await Promise.all([
			chrome.storage.local.clear(),
			chrome.storage.session.clear(),
			chrome.alarms.clearAll(),
			chrome.contextMenus.removeAll(),
			chrome.action.setBadgeText({text: ''}),
		]);
	});
	await page.close();
}

export type MenuClick = {menuItemId: string; checked?: boolean; wasChecked?: boolean};

/** What Chrome tells the extension when the user clicks one of its items in the toolbar icon's menu. */
export async function clickMenuItem(session: ChromiumSession, click: MenuClick): Promise<void> {
	const worker = await session.worker();
	await worker.evaluate(info => {
		chrome.contextMenus.onClicked.dispatch({editable: false, pageUrl: '', ...info});
	}, click);
}

/** What Chrome tells the extension when the user presses the command's shortcut. */
export async function pressCommand(session: ChromiumSession, command: string): Promise<void> {
	const worker = await session.worker();
	await worker.evaluate(name => {
		chrome.commands.onCommand.dispatch(name);
	}, command);
}

/**
Chrome has no call that lists menu items; updating an item with nothing to change
succeeds exactly when the item exists.
*/
export async function existingMenuItems(session: ChromiumSession, ids: string[]): Promise<string[]> {
	const worker = await session.worker();
	const results = await worker.evaluate(
		async candidates =>
			Promise.all(
				candidates.map(async id =>
					chrome.contextMenus.update(id, {}).then(
						() => id,
						() => undefined,
					),
				),
			),
		ids,
	);
	return results.filter((id): id is string => id !== undefined);
}

export async function badgeText(session: ChromiumSession): Promise<string> {
	const worker = await session.worker();
	return worker.evaluate(async () => chrome.action.getBadgeText({}));
}

/**
Waits until the badge no longer counts changes waiting to be sent. Call it once the
requests are known to have arrived: the count is on the badge before anything is sent.
*/
export async function nothingLeftToSend(session: ChromiumSession): Promise<void> {
	await expect.poll(async () => badgeText(session), {timeout: 15_000, interval: 50}).not.toMatch(/^\d+$/);
}

/** When the worker's retry alarm will fire, if it is set. */
export async function retryAlarmTime(session: ChromiumSession, name: string): Promise<number | undefined> {
	const worker = await session.worker();
	return worker.evaluate(async alarmName => (await chrome.alarms.get(alarmName))?.scheduledTime, name);
}
