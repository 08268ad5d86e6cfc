import type {Browser} from 'webextension-polyfill';

/**
Callbacks that both drivers run inside the extension (Chromium's worker, a Firefox extension
page). They are sent to the browser as source text, so each uses only its argument and the
extension's `browser` global, which Firefox has and Chromium has too since version 148.
*/

type Globals = {browser: Browser};

/** Neither browser lists menu items; updating an item with nothing to change succeeds exactly when the item exists. */
export async function existingMenuItems(ids: string[]): Promise<string[]> {
	const {browser} = globalThis as unknown as Globals;
	const found = await Promise.all(
		ids.map(async id =>
			browser.contextMenus.update(id, {}).then(
				() => id,
				() => undefined,
			),
		),
	);
	return found.filter((id): id is string => id !== undefined);
}

export async function badgeText(): Promise<string> {
	return (globalThis as unknown as Globals).browser.action.getBadgeText({});
}

export async function alarmTime(name: string): Promise<number | undefined> {
	return (await (globalThis as unknown as Globals).browser.alarms.get(name))?.scheduledTime;
}

export async function removeHostPermission(origin: string): Promise<boolean> {
	return (globalThis as unknown as Globals).browser.permissions.remove({origins: [origin]});
}

export async function hasHostPermission(origin: string): Promise<boolean> {
	return (globalThis as unknown as Globals).browser.permissions.contains({origins: [origin]});
}
