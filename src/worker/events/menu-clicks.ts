import browser, {type Menus} from 'webextension-polyfill';
import {togglePause} from '../sending/pause-all';
import {setAvailability} from '../changes/pause-rules';
import {changeOffer} from '../sending/requests';
import {catchUpAfterSignIn} from '../sending/send-due';
import {WorkerError} from '../lib/errors';
import {menuIds, noteMenuClick, offerIdOfItem, offerItemId} from '../display/menus';
import {offerCacheOf, currentScope} from '../state/offer-cache';
import {signIn} from '../auth/sign-in';
import {readState} from '../state/write-queue';
import {changeState, publish, showFailure} from '../display/publish';

/**
A checkbox click asks for the box's new state through the same write path as the popup.
When the change is refused (now, or by AdultWork later) it is kept as failed: the menu
then shows the confirmed state again (the box goes back), and the badge and the popup say why.
*/
async function toggleOffer(offerId: number, available: boolean): Promise<void> {
	const note = (draft: Parameters<typeof noteMenuClick>[0]) => noteMenuClick(draft, offerItemId(offerId), available);
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
	if (!config.clientId) {
		await browser.runtime.openOptionsPage();
		return;
	}

	await signIn();
	const {sending} = await catchUpAfterSignIn();
	await sending;
}

export async function onMenuClicked(info: Menus.OnClickData): Promise<void> {
	const offerId = offerIdOfItem(info.menuItemId);
	try {
		if (offerId !== undefined) {
			await toggleOffer(offerId, Boolean(info.checked));
		} else if (info.menuItemId === menuIds.pauseAll) {
			const {sending} = await togglePause();
			await sending;
		} else if (info.menuItemId === menuIds.signIn) {
			await signInFromMenu();
		} else if (info.menuItemId === menuIds.moreOffers) {
			// The popup's page in a tab: every offer, where the menu shows only some.
			await browser.tabs.create({url: browser.runtime.getURL('popup.html')});
		}
	} catch (error) {
		await showFailure(error);
	}

	await publish();
}
