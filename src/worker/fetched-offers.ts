import {ApiError} from '../api/api-error';
import type {Settings} from '../model/account';
import type {Offer} from '../model/offer';
import {pauseListed} from './changes/pause-rules';
import {toErrorInfo} from './errors';
import {ensureBook, offerKey} from './scope';
import type {Book, Durable, Scope} from './stored-state';

export type FetchedOffers = {
	list: PromiseSettledResult<Offer[]>;
	settings: PromiseSettledResult<Settings>;
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
export function mergeFetchedOffers(book: Book, fetched: Offer[], startedAt: number, now: number): void {
	const cached = new Map(book.offers.map(offer => [offer.OfferID, offer]));
	const merged = fetched.map(offer => {
		const key = offerKey(offer.OfferID);
		const known = cached.get(offer.OfferID);
		if (known && (book.seenAt[key] ?? 0) > startedAt) {
			return known;
		}

		book.seenAt[key] = now;
		return offer;
	});
	const listed = new Set(fetched.map(offer => offer.OfferID));
	for (const offer of book.offers) {
		if (!listed.has(offer.OfferID) && book.outbox[offerKey(offer.OfferID)]) {
			merged.push(offer);
		}
	}

	book.offers = merged;
	const kept = new Set(merged.map(offer => offerKey(offer.OfferID)));
	for (const key of Object.keys(book.seenAt)) {
		if (!kept.has(key)) {
			delete book.seenAt[key];
		}
	}
}

function ratesOf(settings: Settings): NonNullable<Book['rates']> {
	const rates: NonNullable<Book['rates']> = {};
	for (const key of ['DoesPrivate', 'PrivatePPM', 'DoesGroup', 'GroupPPM'] as const) {
		const value = settings[key];
		if (value !== null && value !== undefined) {
			Object.assign(rates, {[key]: value});
		}
	}

	return rates;
}

/** Stores what a refresh brought: the offers (or that this API has no list), the normal rates, or why it failed. */
export function applyFetchedOffers(draft: Durable, scope: Scope, {list, settings, startedAt, now}: FetchedOffers): void {
	const book = ensureBook(draft, scope);
	if (list.status === 'fulfilled') {
		mergeFetchedOffers(book, list.value, startedAt, now);
		book.noOfferList = false;
		book.fetchedAt = now;
		const known = new Set(book.offers.map(offer => offerKey(offer.OfferID)));
		for (const key of Object.keys(book.drafts)) {
			if (!known.has(key)) {
				delete book.drafts[key];
			}
		}

		pauseListed(book, startedAt, now);
		delete draft.error;
	} else if (isNoOfferList(list.reason)) {
		book.noOfferList = true;
		book.fetchedAt = now;
		delete draft.error;
	} else {
		draft.error = toErrorInfo(list.reason);
	}

	if (settings.status === 'fulfilled') {
		book.rates = ratesOf(settings.value);
	}
}
