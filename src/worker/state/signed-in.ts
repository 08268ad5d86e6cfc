import {apiBaseUrlOf} from './offer-cache';
import type {StoredState} from './stored-state';
import {readToken} from './token-store';

/** Signed in: someone is known and their token for this API is stored (an expired one is renewed silently on use). */
export async function isSignedIn(state: StoredState): Promise<boolean> {
	if (!state.account) {
		return false;
	}

	const token = await readToken(apiBaseUrlOf(state.config));
	return token?.userId === state.account.userId;
}
