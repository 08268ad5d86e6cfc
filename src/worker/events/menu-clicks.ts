import browser, {type Menus, type Tabs} from 'webextension-polyfill';
import {openOffersPanel} from '../../shared/offers-panel';
import {togglePause} from '../sending/pause-all';
import {setAvailability} from '../changes/pause-rules';
import {changeOffer} from '../sending/requests';
import {catchUpAfterSignIn} from '../sending/send-due';
import {WorkerError} from '../lib/errors';
import {noteMenuClick} from '../display/menu-sync';
import {menuIdOf, menuIds, offerIdOfItem} from '../display/menus';
import {clientIdOf} from '../state/default-config';
import {offerCacheOf, currentScope} from '../state/offer-cache';
import {signIn} from '../auth/sign-in';
import {readState} from '../state/write-queue';
import {changeState, publish, showFailure} from '../display/publish';

/**
A checkbox click asks for the box's new state through the same write path as the popup.
When the change is refused (now, or by AdultWork later) it is kept as failed: the menu
then shows the confirmed state again (the box goes back), and the badge and the popup say why.
*/
async function toggleOffer(itemId: string, offerId: number, available: boolean): Promise<void> {
	const note = (draft: Parameters<typeof noteMenuClick>[0]) => noteMenuClick(draft, itemId, available);
	try {
		const {sending} = await changeOffer(offerId, {CurrentlyAvailable: available}, {alsoInWrite: note});
		await sending;
	} catch (error) {
		if (!(error instanceof WorkerError && error.code === 'invalid-offer')) {
			throw error;
		}

		// Kept as refused with the rule's words, and the box goes back on the next sync.
		await changeState(draft => {
			const scope = currentScope(draft);
			const cache = scope && offerCacheOf(draft, scope);
			note(draft);
			if (cache) {
				setAvailability(cache, [offerId], available, Date.now());
			}
		});
	}
}

/** Without a client ID there is nothing to sign in with: the options page asks for it. */
async function signInFromMenu(): Promise<void> {
	const {config} = await readState();
	if (!clientIdOf(config)) {
		await browser.runtime.openOptionsPage();
		return;
	}

	await signIn();
	const {sending} = await catchUpAfterSignIn();
	await sending;
}

export async function onMenuClicked(info: Menus.OnClickData, tab?: Tabs.Tab): Promise<void> {
	const offerId = offerIdOfItem(info.menuItemId);
	const itemId = menuIdOf(info.menuItemId);
	try {
		if (itemId === menuIds.openPanel) {
			// Straight from the click, or the browser refuses to open a panel.
			await openOffersPanel(tab?.windowId);
		} else if (offerId !== undefined) {
			await toggleOffer(String(info.menuItemId), offerId, Boolean(info.checked));
		} else if (itemId === menuIds.pauseAll) {
			const {sending} = await togglePause();
			await sending;
		} else if (itemId === menuIds.signIn) {
			await signInFromMenu();
		} else if (itemId === menuIds.moreOffers) {
			// The popup's page in a tab: every offer, where the menu shows only some.
			await browser.tabs.create({url: browser.runtime.getURL('popup.html')});
		}
	} catch (error) {
		await showFailure(error);
	}

	await publish();
}
