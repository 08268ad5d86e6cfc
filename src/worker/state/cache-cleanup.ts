import {isSettled} from './outbox';
import {currentScope, scopeKey} from './offer-cache';
import type {OfferCache, StoredState} from './stored-state';
import {tuning} from '../lib/tuning';

/** When the cache was last of use: its last list, or the last time AdultWork showed one of its offers. */
const lastUsedAt = (cache: OfferCache) => Math.max(cache.fetchedAt ?? 0, ...Object.values(cache.seenAt));

/**
Offer caches of other accounts or members, untouched for `dropCachesAfterMs`, are dropped at
browser start; one that still holds a change or a draft stays, so no edit is lost.
*/
export function dropUnusedCaches(draft: StoredState, now: number): void {
	const scope = currentScope(draft);
	const current = scope && scopeKey(scope);
	for (const [key, cache] of Object.entries(draft.offerCaches)) {
		const holdsWork = Object.values(cache.outbox).some(entry => !isSettled(entry)) || Object.keys(cache.drafts).length > 0;
		if (key !== current && !holdsWork && now - lastUsedAt(cache) > tuning.dropCachesAfterMs) {
			delete draft.offerCaches[key];
		}
	}
}
