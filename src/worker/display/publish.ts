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

/**
Brings everything the user sees from the state up to date: the pages' view, the badge and the
menus. Each goes side by side with the others, so pages never wait for
the menus; each is one pass at a time, and a burst of changes makes one more pass, not one each.
*/
export async function publish(): Promise<void> {
	await Promise.all([
		publishPageView(),
		runner('views', async () => {
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
		}),
	]);
}

/** A change of the state that the user sees at once: stored first, then published. */
export async function changeState<T>(change: (draft: StoredState) => T, also?: AlsoWrite): Promise<T> {
	const result = await updateState(change, also);
	await publish();
	return result;
}

/** A failure of something the user did outside the pages (a menu click, a shortcut): the badge and the pages say why. */
export async function showFailure(error: unknown): Promise<void> {
	const info = toErrorInfo(error);
	await changeState(draft => {
		draft.error = info;
	});
}
