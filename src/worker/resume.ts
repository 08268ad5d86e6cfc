import {isSendingNow, sendChange} from './offer-sender';
import {refreshCurrentOffers, refreshOffers} from './offers-refresh';
import {isSendable, scopeKey} from './scope';
import {isSignedIn} from './signed-in';
import {readState} from './store';
import type {Scope} from './stored-state';

/**
Sends every change that is due: on the retry alarm, at browser start, after an install or
update, after a sign-in, and when a page refreshes. Changes that wait for a sign-in stay
until there is one; failed changes wait for the user.
*/
export async function resumePendingChanges(): Promise<void> {
	const state = await readState();
	if (!(await isSignedIn(state))) {
		return;
	}

	const now = Date.now();
	const due: Array<{scope: Scope; offerId: number}> = [];
	const toCheck = new Map<string, Scope>();
	for (const book of Object.values(state.books)) {
		if (!isSendable(state, book.scope)) {
			continue;
		}

		for (const [key, change] of Object.entries(book.pending)) {
			const offerId = Number(key);
			const interrupted = change.status === 'sending';
			const notYet = change.status === 'waiting' && change.nextAttemptAt !== undefined && change.nextAttemptAt > now;
			if (change.status === 'failed' || notYet || isSendingNow(book.scope, offerId)) {
				continue;
			}

			due.push({scope: book.scope, offerId});
			if ((interrupted || change.attempts > 0) && !book.noOfferList) {
				toCheck.set(scopeKey(book.scope), book.scope);
			}
		}
	}

	// An earlier try may have reached AdultWork while its answer did not reach us (a dropped
	// connection, a stopped worker). The list tells; what it shows done is not sent again.
	await Promise.all([...toCheck.values()].map(async scope => refreshOffers(scope, {force: true}).catch(() => undefined)));
	await Promise.all(due.map(async ({scope, offerId}) => sendChange(scope, offerId)));
}

/** After a sign-in: the offers first (a failure shows in the state), then whatever waited for the sign-in. */
export async function catchUpAfterSignIn(): Promise<{sending: Promise<void>}> {
	await refreshCurrentOffers(true).catch(() => undefined);
	return {sending: resumePendingChanges()};
}
