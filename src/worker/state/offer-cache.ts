import {resolveEnvironment} from '../../api/environments';
import type {ActingFor} from '../../api/client';
import type {Offer} from '../../model/offer';
import {applyPatch} from '../../model/offer-patch';
import {WorkerError} from '../lib/errors';
import {unconfirmedPatch} from './outbox';
import type {OfferCache, StoredState, Scope, StoredConfig} from './stored-state';

/** Offer IDs are integers; a cache keys its records by their decimal form. */
export const offerKey = (offerId: number) => String(offerId);

export function apiBaseUrlOf(config: StoredConfig): string {
	return resolveEnvironment(config).apiBaseUrl;
}

/** One cache per API, signed-in user and member: a manager's members never share a cache, nor do two environments. */
export function scopeKey(scope: Scope): string {
	return `${scope.apiBaseUrl} ${scope.userId} ${scope.actingFor ?? 'self'}`;
}

/** The offers the pages and menus show now; none until someone has signed in. */
export function currentScope(state: StoredState): Scope | undefined {
	if (!state.account) {
		return undefined;
	}

	const scope: Scope = {apiBaseUrl: apiBaseUrlOf(state.config), userId: state.account.userId};
	if (state.actingFor !== undefined) {
		scope.actingFor = state.actingFor;
	}

	return scope;
}

/** Only the signed-in user's changes, on the API they were made on, may be sent with the current token. */
export function isSendable(state: StoredState, scope: Scope): boolean {
	return state.account?.userId === scope.userId && apiBaseUrlOf(state.config) === scope.apiBaseUrl;
}

export function actingForOf(scope: Scope): ActingFor {
	return scope.actingFor === undefined ? {} : {userId: scope.actingFor};
}

export function offerCacheOf(state: StoredState, scope: Scope): OfferCache | undefined {
	return state.offerCaches[scopeKey(scope)];
}

export function ensureOfferCache(draft: StoredState, scope: Scope): OfferCache {
	const key = scopeKey(scope);
	draft.offerCaches[key] ??= {
		scope,
		offers: [],
		seenAt: {},
		noOfferList: false,
		outbox: {},
		seq: 0,
		drafts: {},
		pausedOfferIds: [],
	};
	return draft.offerCaches[key];
}

export function findOffer(cache: OfferCache | undefined, offerId: number): Offer | undefined {
	return cache?.offers.find(offer => offer.OfferID === offerId);
}

/** An offer as the user last asked for it: AdultWork's copy with what it has not confirmed yet, refused values aside. */
export function intendedOffer(cache: OfferCache, offer: Offer): Offer {
	return applyPatch(offer, unconfirmedPatch(cache.outbox[offerKey(offer.OfferID)]));
}

/** Puts AdultWork's copy of an offer in the cache, where it was or at the end, and notes when AdultWork showed it. */
export function keepOffer(cache: OfferCache, offer: Offer, seenAt: number): void {
	const index = cache.offers.findIndex(known => known.OfferID === offer.OfferID);
	cache.offers.splice(index === -1 ? cache.offers.length : index, index === -1 ? 0 : 1, offer);
	cache.seenAt[offerKey(offer.OfferID)] = seenAt;
}

export function requireOfferCache(draft: StoredState, scope: Scope): OfferCache {
	const cache = offerCacheOf(draft, scope);
	if (!cache) {
		throw new WorkerError('unknown-offer', 'There are no offers yet. Refresh first.');
	}

	return cache;
}
