import {badgeFor, badgeView, showBadge} from './badge';
import {toErrorInfo} from '../lib/errors';
import {syncMenus} from './menu-sync';
import {menuItems} from './menus';
import {writePageView} from './published-view';
import {createCoalescingRunner} from '../lib/serial-runner';
import {currentScope, scopeKey} from '../state/offer-cache';
import {type AlsoWrite, readState, updateState} from '../state/write-queue';
import type {StoredState} from '../state/stored-state';
import {isSignedIn} from '../state/signed-in';

const runner = createCoalescingRunner();

/**
Rewrites the pages' view in `storage.session`. A burst of changes makes at most one more
write after the one in flight, and that last write reads the latest state.
*/
export async function publishPageView(): Promise<void> {
	await runner('page view', writePageView);
}

/** The badge and the menus, side by side; one pass at a time, and a burst of changes makes one more pass, not one each. */
async function publishBadgeAndMenus(): Promise<void> {
	await runner('views', async () => {
		const state = await readState();
		const signedIn = await isSignedIn(state);
		const scope = currentScope(state);
		await Promise.all([
			showBadge(badgeFor(badgeView(state, signedIn, scope && scopeKey(scope)))),
			syncMenus(async () => {
				const latest = await readState();
				return menuItems(latest, await isSignedIn(latest));
			}),
		]);
	});
}

/** Brings everything the user sees from the state up to date: the pages' view beside the badge and the menus, so pages never wait for the menus. */
export async function publish(): Promise<void> {
	await Promise.all([publishPageView(), publishBadgeAndMenus()]);
}

/**
A change stored with the pages' view of it written beside it, not after it: pages see it when it
is stored. A write that failed has its view replaced by one of the state still stored. The badge
and the menus are left to the caller (a refresh publishes once it is done).
*/
export async function storeWithPageView<T>(change: (draft: StoredState) => T, also?: AlsoWrite): Promise<T> {
	try {
		return await updateState(change, also, writePageView);
	} catch (error) {
		await publishPageView();
		throw error;
	}
}

/** A change of the state that the user sees at once: stored beside the pages' view of it, then the badge and the menus. */
export async function changeState<T>(change: (draft: StoredState) => T, also?: AlsoWrite): Promise<T> {
	const result = await storeWithPageView(change, also);
	await publishBadgeAndMenus();
	return result;
}

/** A failure of something the user did outside the pages (a menu click, a shortcut): the badge and the pages say why. */
export async function showFailure(error: unknown): Promise<void> {
	const info = toErrorInfo(error);
	await changeState(draft => {
		draft.error = info;
	});
}
