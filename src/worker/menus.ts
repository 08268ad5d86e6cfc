import browser, {type Menus} from 'webextension-polyfill';
import {t} from '../pages/i18n';
import {createCoalescingRunner} from './serial-runner';
import {bookOf, currentScope, intendedOffer} from './scope';
import type {Durable} from './stored-state';

export const menuIds = {
	parent: 'directcam',
	pauseAll: 'pause-all',
	signIn: 'sign-in',
	noOffers: 'no-offers',
	separator: 'separator',
} as const;

const offerItemPrefix = 'offer:';
export const offerItemId = (offerId: number) => `${offerItemPrefix}${offerId}`;

export function offerIdOfItem(itemId: string | number): number | undefined {
	const id = String(itemId);
	const offerId = Number(id.slice(offerItemPrefix.length));
	return id.startsWith(offerItemPrefix) && Number.isSafeInteger(offerId) ? offerId : undefined;
}

export type MenuItem = Menus.CreateCreatePropertiesType & {id: string};

/** `&` marks an access key in menu titles; `&&` is a literal one. */
export const escapeMenuTitle = (title: string) => title.replaceAll('&', '&&');

/** The toolbar and page menus, from the state alone: one parent, a checkbox per offer, then pause-all or sign-in. */
export function menuItems(state: Durable, signedIn: boolean): MenuItem[] {
	const contexts: Menus.ContextType[] = ['action', 'page'];
	const child = (item: Omit<MenuItem, 'parentId' | 'contexts'>): MenuItem => ({...item, parentId: menuIds.parent, contexts});
	const scope = currentScope(state);
	const book = scope && bookOf(state, scope);
	const offers = book?.offers ?? [];
	const items: MenuItem[] = [{id: menuIds.parent, title: t('menu_parent'), contexts}];
	for (const offer of offers) {
		const intended = intendedOffer(book!, offer);
		items.push(child({
			id: offerItemId(offer.OfferID),
			type: 'checkbox',
			title: escapeMenuTitle(intended.Title),
			checked: intended.CurrentlyAvailable,
			enabled: signedIn,
		}));
	}

	if (offers.length === 0) {
		items.push(child({id: menuIds.noOffers, title: t('menu_noOffers'), enabled: false}));
	}

	items.push(child({id: menuIds.separator, type: 'separator'}));
	if (signedIn) {
		const paused = (book?.pausedOfferIds.length ?? 0) > 0;
		items.push(child({id: menuIds.pauseAll, title: t(paused ? 'menu_resumePaused' : 'menu_pauseAll'), enabled: offers.length > 0}));
	} else {
		items.push(child({id: menuIds.signIn, title: t('menu_signIn')}));
	}

	return items;
}

const hashKey = 'menuHash';
const runner = createCoalescingRunner();

async function hashOf(items: MenuItem[]): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(items)));
	return Array.from(new Uint8Array(digest), byte => byte.toString(16).padStart(2, '0')).join('');
}

/**
Menus outlive the worker, and `create` with an id that exists fails, so every sync removes
all and creates all, one sync at a time. A hash of what the browser shows, in
`storage.session`, skips syncs that would change nothing.
*/
export function syncMenus(items: () => Promise<MenuItem[]>): Promise<void> {
	return runner('menus', async () => {
		const wanted = await items();
		const hash = await hashOf(wanted);
		const stored = await browser.storage.session.get(hashKey);
		if (stored[hashKey] === hash) {
			return;
		}

		await browser.contextMenus.removeAll();
		for (const item of wanted) {
			await createMenuItem(item);
		}

		await browser.storage.session.set({[hashKey]: hash});
	});
}

/** After the browser changed a menu itself (it flips a checkbox before telling us), the hash no longer describes it. */
export async function forgetMenuHash(): Promise<void> {
	await browser.storage.session.remove(hashKey);
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
