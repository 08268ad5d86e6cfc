import type {Menus} from 'webextension-polyfill';
import {createFakeEvent} from './fake-event';

export type FakeMenuItem = {
	id: string;
	parentId?: string;
	type: 'normal' | 'checkbox' | 'radio' | 'separator';
	title?: string;
	checked?: boolean;
	enabled: boolean;
	contexts?: string[];
	documentUrlPatterns?: string[];
};

/**
`contextMenus` as Chrome behaves: items outlive the worker, `create` with a taken id or an
unknown parent reports an error through `runtime.lastError` (kept in `errors` here), and a
click flips a checkbox before the listeners hear of it.
*/
export function createFakeContextMenus(setLastError: (error: {message: string} | undefined) => void) {
	const items = new Map<string, FakeMenuItem>();
	const errors: string[] = [];
	const counts = {removeAll: 0};
	const onClicked = createFakeEvent<[Menus.OnClickData, unknown]>();

	function report(message: string, callback?: () => void) {
		errors.push(message);
		setLastError({message});
		callback?.();
		setLastError(undefined);
	}

	const api = {
		create(properties: Menus.CreateCreatePropertiesType, callback?: () => void): string {
			const id = String(properties.id);
			if (items.has(id)) {
				report(`Cannot create item with duplicate id ${id}`, callback);
			} else if (properties.parentId !== undefined && !items.has(String(properties.parentId))) {
				report(`Cannot find menu item with id ${properties.parentId}`, callback);
			} else {
				items.set(id, {
					id,
					parentId: properties.parentId === undefined ? undefined : String(properties.parentId),
					type: properties.type ?? 'normal',
					title: properties.title,
					checked: properties.type === 'checkbox' ? (properties.checked ?? false) : undefined,
					enabled: properties.enabled ?? true,
					contexts: properties.contexts,
					documentUrlPatterns: properties.documentUrlPatterns,
				});
				callback?.();
			}

			return id;
		},
		async update(id: string | number, properties: Menus.UpdateUpdatePropertiesType): Promise<void> {
			const item = items.get(String(id));
			if (!item) {
				throw new Error(`Cannot find menu item with id ${id}`);
			}

			Object.assign(item, properties);
		},
		async remove(id: string | number): Promise<void> {
			for (const item of [...items.values()]) {
				if (item.id === String(id) || item.parentId === String(id)) {
					items.delete(item.id);
				}
			}
		},
		async removeAll(): Promise<void> {
			counts.removeAll++;
			items.clear();
		},
		onClicked,
	};

	return {
		api,
		errors,
		counts,
		/** The items in creation order. */
		items: () => [...items.values()],
		item: (id: string) => items.get(id),
		/** A user's click: refused on a disabled or missing item, as the browser would not offer it. */
		async click(id: string): Promise<void> {
			const item = items.get(id);
			if (!item?.enabled || item.type === 'separator') {
				throw new Error(`Menu item ${id} cannot be clicked`);
			}

			const wasChecked = item.checked;
			if (item.type === 'checkbox') {
				item.checked = !item.checked;
			}

			const info = {menuItemId: id, parentMenuItemId: item.parentId, checked: item.checked, wasChecked, editable: false, modifiers: []};
			await onClicked.fire(info as Menus.OnClickData, {id: 1, windowId: 7});
		},
	};
}
