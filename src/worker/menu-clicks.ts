import browser, {type Menus} from 'webextension-polyfill';
import {recordRefusedChange} from './change-steps';
import {toErrorInfo, WorkerError} from './errors';
import {forgetMenuHash, menuIds, offerIdOfItem} from './menus';
import {togglePause} from './pause';
import {changeOffer} from './pending-changes';
import {resumePendingChanges} from './resume';
import {bookOf, currentScope} from './scope';
import {signIn} from './sign-in';
import {readState} from './store';
import {changeState, publish} from './views';
import {refreshCurrentOffers} from './offers-refresh';

/**
A checkbox click asks for the box's new state through the same write path as the popup.
When the change is refused (now, or by AdultWork later) it is kept as failed: the menu
then shows the confirmed state again (the box goes back), and the badge and the popup say why.
*/
async function toggleOffer(offerId: number, available: boolean): Promise<void> {
	// The browser flipped the box before telling us; what it shows is no longer what the hash says.
	await forgetMenuHash();
	try {
		const {sending} = await changeOffer(offerId, {CurrentlyAvailable: available});
		await sending;
	} catch (error) {
		const info = toErrorInfo(error);
		await changeState(draft => {
			const scope = currentScope(draft);
			const book = scope && bookOf(draft, scope);
			if (book && error instanceof WorkerError && error.code === 'invalid-offer') {
				recordRefusedChange(draft, book, offerId, {CurrentlyAvailable: available}, info);
			} else {
				draft.error = info;
			}
		});
	}
}

async function signInFromMenu(): Promise<void> {
	const {config} = await readState();
	if (!config.clientId) {
		await browser.runtime.openOptionsPage();
		return;
	}

	try {
		await signIn();
		await refreshCurrentOffers(true).catch(() => undefined);
		await resumePendingChanges();
	} catch (error) {
		const info = toErrorInfo(error);
		await changeState(draft => {
			draft.error = info;
		});
	}
}

export async function onMenuClicked(info: Menus.OnClickData): Promise<void> {
	const offerId = offerIdOfItem(info.menuItemId);
	if (offerId !== undefined) {
		await toggleOffer(offerId, Boolean(info.checked));
	} else if (info.menuItemId === menuIds.pauseAll) {
		const {sending} = await togglePause();
		await sending;
	} else if (info.menuItemId === menuIds.signIn) {
		await signInFromMenu();
	}

	await publish();
}
