import {ApiError} from '../../api/api-error';
import type {Settings} from '../../model/account';
import type {Offer} from '../../model/offer';
import {pauseListed} from '../changes/pause-rules';
import {toErrorInfo} from '../lib/errors';
import {ensureOfferCache, offerKey} from '../state/offer-cache';
import type {OfferCache, StoredState, Scope} from '../state/stored-state';

export type FetchedOffers = {
	list: PromiseSettledResult<Offer[]>;
	/** When the list was asked for: answers to updates after that are newer than it. */
	startedAt: number;
	now: number;
};

export const isNoOfferList = (error: unknown) => error instanceof ApiError && error.kind === 'no-offer-list';

/**
The list replaces the cache, except where it is older news: an offer an update answer
confirmed after the list was asked for keeps that answer. An offer the list no longer has
stays while a change of it waits, to be shown as refused (AdultWork no longer lists it).
Each offer taken from the list is noted as seen now: a PUT may be built on it for a while.
*/
export function mergeFetchedOffers(cache: OfferCache, fetched: Offer[], startedAt: number, now: number): void {
	const cached = new Map(cache.offers.map(offer => [offer.OfferID, offer]));
	const merged = fetched.map(offer => {
		const key = offerKey(offer.OfferID);
		const known = cached.get(offer.OfferID);
		if (known && (cache.seenAt[key] ?? 0) > startedAt) {
			return known;
		}

		cache.seenAt[key] = now;
		return offer;
	});
	const listed = new Set(fetched.map(offer => offer.OfferID));
	for (const offer of cache.offers) {
		if (!listed.has(offer.OfferID) && cache.outbox[offerKey(offer.OfferID)]) {
			merged.push(offer);
		}
	}

	cache.offers = merged;
	const kept = new Set(merged.map(offer => offerKey(offer.OfferID)));
	for (const key of Object.keys(cache.seenAt)) {
		if (!kept.has(key)) {
			delete cache.seenAt[key];
		}
	}
}

function ratesOf(settings: Settings): NonNullable<OfferCache['rates']> {
	const rates: NonNullable<OfferCache['rates']> = {};
	for (const key of ['DoesPrivate', 'PrivatePPM', 'DoesGroup', 'GroupPPM'] as const) {
		const value = settings[key];
		if (value !== null && value !== undefined) {
			Object.assign(rates, {[key]: value});
		}
	}

	return rates;
}

/** Stores what a refresh's list request brought: the offers, that this API has no list, or why it failed. */
export function applyFetchedOffers(draft: StoredState, scope: Scope, {list, startedAt, now}: FetchedOffers): void {
	const cache = ensureOfferCache(draft, scope);
	if (list.status === 'fulfilled') {
		mergeFetchedOffers(cache, list.value, startedAt, now);
		cache.noOfferList = false;
		cache.fetchedAt = now;
		const known = new Set(cache.offers.map(offer => offerKey(offer.OfferID)));
		for (const key of Object.keys(cache.drafts)) {
			if (!known.has(key)) {
				delete cache.drafts[key];
			}
		}

		pauseListed(cache, startedAt, now);
		delete draft.error;
	} else if (isNoOfferList(list.reason)) {
		cache.noOfferList = true;
		cache.fetchedAt = now;
		delete draft.error;
	} else {
		draft.error = toErrorInfo(list.reason);
	}
}

/** Stores the normal rates a refresh's settings request brought; they come in their own write, not holding up the list's. */
export function applyFetchedRates(draft: StoredState, scope: Scope, settings: Settings): void {
	ensureOfferCache(draft, scope).rates = ratesOf(settings);
}
