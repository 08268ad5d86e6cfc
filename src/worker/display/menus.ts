/* The menus' items, from the stored state alone: pure but for the words. `menu-sync.ts` shows them. */
import type {Menus} from 'webextension-polyfill';
import {t} from '../../shared/i18n';
import {offerCacheOf, currentScope, intendedOffer} from '../state/offer-cache';
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
export const menuIdOf = (itemId: string | number) => {
	const id = String(itemId);
	return id.startsWith(pageItemPrefix) ? id.slice(pageItemPrefix.length) : id;
};

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
