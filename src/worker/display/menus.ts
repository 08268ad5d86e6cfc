import browser, {type Menus} from 'webextension-polyfill';
import {t} from '../../shared/i18n';
import {createCoalescingRunner} from '../lib/serial-runner';
import {offerCacheOf, currentScope, intendedOffer} from '../state/offer-cache';
import {readState, updateState} from '../state/write-queue';
import type {StoredState, MenuItem} from '../state/stored-state';

export const menuIds = {
	parent: 'directcam',
	pauseAll: 'pause-all',
	signIn: 'sign-in',
	noOffers: 'no-offers',
	moreOffers: 'more-offers',
	openPanel: 'open-panel',
	separator: 'separator',
} as const;

/**
The toolbar icon's menu shows everywhere; the page's right-click menu only on AdultWork's own
pages, where a performer works. Two trees, because a pattern would hide the icon's menu too:
the page tree's ids are the icon tree's with this prefix.
*/
const pageItemPrefix = 'page/';
export const adultWorkPages = ['*://*.adultwork.com/*'];

/** An item's id as the icon's menu has it, whichever menu was clicked. */
export const menuIdOf = (itemId: string | number) => String(itemId).replace(pageItemPrefix, '');

const offerItemPrefix = 'offer:';
export const offerItemId = (offerId: number) => `${offerItemPrefix}${offerId}`;

export function offerIdOfItem(itemId: string | number): number | undefined {
	const id = menuIdOf(itemId);
	const offerId = Number(id.slice(offerItemPrefix.length));
	return id.startsWith(offerItemPrefix) && Number.isSafeInteger(offerId) ? offerId : undefined;
}

/** A menu a person can still read, and quick to build; the popup shows every offer. */
export const mostMenuOffers = 30;

/** `&` marks an access key in menu titles; `&&` is a literal one. */
export const escapeMenuTitle = (title: string) => title.replaceAll('&', '&&');

/** The toolbar and page menus, from the state alone: each one parent, a checkbox per offer, then pause-all or sign-in, and the panel. */
export function menuItems(state: StoredState, signedIn: boolean): MenuItem[] {
	const items = iconMenuItems(state, signedIn);
	const onPages = items.map(({id, parentId, ...item}): MenuItem => {
		const pageItem: MenuItem = {...item, id: pageItemPrefix + id, contexts: ['page'], documentUrlPatterns: adultWorkPages};
		return parentId === undefined ? pageItem : {...pageItem, parentId: pageItemPrefix + parentId};
	});
	return [...items, ...onPages];
}

function iconMenuItems(state: StoredState, signedIn: boolean): MenuItem[] {
	const contexts: Menus.ContextType[] = ['action'];
	const child = (item: Omit<MenuItem, 'parentId' | 'contexts'>): MenuItem => ({...item, parentId: menuIds.parent, contexts});
	const scope = currentScope(state);
	const cache = scope && offerCacheOf(state, scope);
	const offers = (cache?.offers ?? []).map(offer => intendedOffer(cache!, offer));
	// A list that fits keeps its order, so a toggle moves no item and the menus are updated in place; a longer one shows the available offers first, then by number.
	const shown =
		offers.length <= mostMenuOffers
			? offers
			: offers
					.toSorted(
						(a, b) =>
							Number(b.CurrentlyAvailable) - Number(a.CurrentlyAvailable) ||
							(a.OfferNumber ?? Number.POSITIVE_INFINITY) - (b.OfferNumber ?? Number.POSITIVE_INFINITY) ||
							a.OfferID - b.OfferID,
					)
					.slice(0, mostMenuOffers);
	const items: MenuItem[] = [{id: menuIds.parent, title: t('menu_parent'), contexts}];
	for (const intended of shown) {
		items.push(
			child({
				id: offerItemId(intended.OfferID),
				type: 'checkbox',
				title: escapeMenuTitle(intended.Title),
				checked: intended.CurrentlyAvailable,
				enabled: signedIn,
			}),
		);
	}

	if (offers.length === 0) {
		items.push(child({id: menuIds.noOffers, title: t('menu_noOffers'), enabled: false}));
	}

	if (shown.length < offers.length) {
		items.push(child({id: menuIds.moreOffers, title: t('menu_moreOffers')}));
	}

	items.push(child({id: menuIds.separator, type: 'separator'}));
	if (signedIn) {
		const paused = (cache?.pausedOfferIds.length ?? 0) > 0;
		items.push(child({id: menuIds.pauseAll, title: t(paused ? 'menu_resumePaused' : 'menu_pauseAll'), enabled: offers.length > 0}));
	} else {
		items.push(child({id: menuIds.signIn, title: t('menu_signIn')}));
	}

	items.push(child({id: menuIds.openPanel, title: t('menu_openPanel')}));
	return items;
}

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
