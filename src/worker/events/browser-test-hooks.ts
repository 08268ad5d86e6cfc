import type {Menus} from 'webextension-polyfill';
import {buildDefaults} from '../../shared/build-defaults';
import {inBackground} from '../lib/background-tasks';
import {onCommand} from './lifecycle';
import {onMenuClicked} from './menu-clicks';
import {updateState} from '../state/write-queue';

export type BrowserTestHooks = {
	menuClicked(info: Menus.OnClickData): Promise<void>;
	command(name: string): Promise<void>;
	/** Makes every cached copy of AdultWork's offers `ms` older, as if fetched that long ago (the bench's stale-copy toggle). */
	ageCopies(ms: number): Promise<void>;
};

async function ageCopies(ms: number): Promise<void> {
	await updateState(draft => {
		for (const cache of Object.values(draft.offerCaches)) {
			cache.fetchedAt &&= cache.fetchedAt - ms;
			cache.seenAt = Object.fromEntries(Object.entries(cache.seenAt).map(([key, at]) => [key, at - ms]));
		}
	});
}

declare global {
	// `var`: only a `var` declaration types a property of globalThis.
	var directcamTestHooks: BrowserTestHooks | undefined;
}

/**
Firefox's events have no `dispatch()`, so the browser suite cannot click a menu item or press
a shortcut there. The local build (never the production one) hands it the real handlers, as
the listeners run them, on the background page, which extension pages reach with
`runtime.getBackgroundPage()`.
*/
export function exposeTestHooks(): void {
	if (buildDefaults.apiBaseUrl === '') {
		return;
	}

	globalThis.directcamTestHooks = {
		menuClicked: async info => inBackground(onMenuClicked(info), 'menu click'),
		command: async name => inBackground(onCommand(name), 'command'),
		ageCopies,
	};
}
