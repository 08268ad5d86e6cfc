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

/**
Signs in with a pasted token through the message protocol, as the options page's Save does, for
what cannot use the page's labels: German screenshots, and a Firefox window (`npm start`), whose
moz-extension:// pages puppeteer's queries do not reach outside headless mode.
*/
export async function signInWithTokenMessage({apiUrl, token}: {apiUrl: string; token: string}): Promise<string | undefined> {
	const {browser} = globalThis as unknown as Globals;
	type Reply = {ok: boolean; error?: {message: string}};
	for (const request of [
		{type: 'set-config', environment: 'custom', customBaseUrl: apiUrl},
		{type: 'sign-in-with-token', token},
	]) {
		const reply = (await browser.runtime.sendMessage(request)) as Reply;
		if (!reply.ok) {
			return reply.error?.message ?? 'refused';
		}
	}

	return undefined;
}
