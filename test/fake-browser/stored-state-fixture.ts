import type {OutboxEntry} from '../../src/worker/state/outbox';
import {scopeKey} from '../../src/worker/state/offer-cache';
import type {OfferCache, StoredState, Scope} from '../../src/worker/state/stored-state';

/** The stored state as unit tests build it: one signed-in performer on production, and the offerCaches given. */
export const testScope: Scope = {apiBaseUrl: 'https://api.adultwork.com', userId: 1001};

export function makeOfferCache(extra: Partial<OfferCache> = {}): OfferCache {
	return {scope: testScope, offers: [], seenAt: {}, noOfferList: false, outbox: {}, seq: 0, drafts: {}, pausedOfferIds: [], ...extra};
}

export function makeStoredState(offerCaches: OfferCache[] = [makeOfferCache()], extra: Partial<StoredState> = {}): StoredState {
	return {
		config: {environment: 'production', rememberMe: false},
		account: {userId: testScope.userId, isGroupManager: false},
		members: [],
		offerCaches: Object.fromEntries(offerCaches.map(cache => [scopeKey(cache.scope), cache])),
		...extra,
	};
}

/** An outbox record: the intents given (numbered in order, made at `at`), and anything else. */
export function makeEntry(intents: Record<string, string | number | boolean> = {}, extra: Partial<OutboxEntry> = {}, at = 0): OutboxEntry {
	let seq = 0;
	return {
		intents: Object.fromEntries(Object.entries(intents).map(([field, value]) => [field, {value, seq: ++seq, at}])),
		refused: {},
		held: {},
		failures: 0,
		...extra,
	};
}
