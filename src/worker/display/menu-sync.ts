/* Keeps the browser's menus in step with the items of `menus.ts`, noting what they show in the stored state. */
import browser, {type Menus} from 'webextension-polyfill';
import {createCoalescingRunner} from '../lib/serial-runner';
import type {MenuItem, StoredState} from '../state/stored-state';
import {readState, updateState} from '../state/write-queue';

const runner = createCoalescingRunner();
/** Clicks noted while a sync was under way: its record of what is shown must keep them. */
const clickedDuringSync = new Map<string, boolean>();

const layoutOf = (items: MenuItem[]) => JSON.stringify(items.map(({id, type, parentId}) => [id, type, parentId]));
/** Storage hands objects back with their keys sorted, and without the undefined ones. */
const canonical = (item: MenuItem | undefined) =>
	JSON.stringify(
		Object.entries(item ?? {})
			.filter(([, value]) => value !== undefined)
			.sort(),
	);

/** What `update` may change in place without moving the item. */
const changeable = ({title, checked, enabled}: MenuItem) => JSON.parse(JSON.stringify({title, checked, enabled})) as Menus.UpdateUpdatePropertiesType;

/**
Menus outlive the worker, and `create` with an id that exists fails. What the browser shows
is kept with the state: a sync with the same items in the same places updates only the items
that differ (a toggle: one), any other sync removes all and creates all. One at a time.
*/
export function syncMenus(items: () => Promise<MenuItem[]>): Promise<void> {
	return runner('menus', async () => {
		clickedDuringSync.clear();
		const wanted = await items();
		const shown = (await readState()).shownMenus;
		if (shown && layoutOf(shown) === layoutOf(wanted)) {
			const changed = wanted.filter((item, index) => canonical(item) !== canonical(shown[index]));
			if (changed.length === 0) {
				return;
			}

			// An item that is gone after all (another build of the extension, say) makes it a rebuild.
			await Promise.all(changed.map(async item => browser.contextMenus.update(item.id, changeable(item)))).catch(async () => rebuild(wanted));
		} else {
			await rebuild(wanted);
		}

		await updateState(draft => {
			draft.shownMenus = wanted.map(item => (clickedDuringSync.has(item.id) ? {...item, checked: clickedDuringSync.get(item.id)} : item));
		});
	});
}

async function rebuild(items: MenuItem[]): Promise<void> {
	await browser.contextMenus.removeAll();
	// Created in order without waiting for each: the browser handles them in the order asked.
	await Promise.all(items.map(async item => createMenuItem(item)));
}

/**
The browser ticks or clears a checkbox before telling us: it shows that now, whatever becomes
of the change. Noted within the write that stores the change, so the two never part.
*/
export function noteMenuClick(draft: StoredState, itemId: string, checked: boolean): void {
	// Only the clicked box: its twin in the other menu still shows the old state, and the next sync updates it.
	clickedDuringSync.set(itemId, checked);
	if (draft.shownMenus) {
		draft.shownMenus = draft.shownMenus.map(item => (item.id === itemId ? {...item, checked} : item));
	}
}

/** After an install, update or browser start, the menus may be gone or from an older version: the next sync builds them anew. */
export async function forgetShownMenus(): Promise<void> {
	await updateState(draft => {
		delete draft.shownMenus;
	});
}

function createMenuItem(item: MenuItem): Promise<void> {
	return new Promise((resolve, reject) => {
		browser.contextMenus.create(item, () => {
			const error = browser.runtime.lastError;
			if (error) {
				reject(new Error(`menu item ${item.id}: ${error.message ?? 'not created'}`));
			} else {
				resolve();
			}
		});
	});
}
