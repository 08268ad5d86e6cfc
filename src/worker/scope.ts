import {resolveEnvironment} from '../api/environments';
import type {ActingFor} from '../api/client';
import type {Offer} from '../model/offer';
import {applyPatch} from '../model/offer-patch';
import {unconfirmedPatch} from './changes/outbox';
import type {Book, Durable, Scope, StoredConfig} from './stored-state';

/** Offer IDs are integers; a book keys its records by their decimal form. */
export const offerKey = (offerId: number) => String(offerId);

export function apiBaseUrlOf(config: StoredConfig): string {
	return resolveEnvironment(config).apiBaseUrl;
}

/** One book per API, signed-in user and member: a manager's members never share a cache, nor do two environments. */
export function scopeKey(scope: Scope): string {
	return `${scope.apiBaseUrl} ${scope.userId} ${scope.actingFor ?? 'self'}`;
}

/** The offers the pages and menus show now; none until someone has signed in. */
export function currentScope(state: Durable): Scope | undefined {
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
export function isSendable(state: Durable, scope: Scope): boolean {
	return state.account?.userId === scope.userId && apiBaseUrlOf(state.config) === scope.apiBaseUrl;
}

export function actingForOf(scope: Scope): ActingFor {
	return scope.actingFor === undefined ? {} : {userId: scope.actingFor};
}

export function bookOf(state: Durable, scope: Scope): Book | undefined {
	return state.books[scopeKey(scope)];
}

export function ensureBook(draft: Durable, scope: Scope): Book {
	const key = scopeKey(scope);
	draft.books[key] ??= {
		scope,
		offers: [],
		seenAt: {},
		noOfferList: false,
		outbox: {},
		seq: 0,
		drafts: {},
		pausedOfferIds: [],
	};
	return draft.books[key];
}

export function findOffer(book: Book | undefined, offerId: number): Offer | undefined {
	return book?.offers.find(offer => offer.OfferID === offerId);
}

/** An offer as the user last asked for it: AdultWork's copy with what it has not confirmed yet, refused values aside. */
export function intendedOffer(book: Book, offer: Offer): Offer {
	return applyPatch(offer, unconfirmedPatch(book.outbox[offerKey(offer.OfferID)]));
}

/** Puts AdultWork's copy of an offer in the cache, where it was or at the end, and notes when AdultWork showed it. */
export function keepOffer(book: Book, offer: Offer, seenAt: number): void {
	const index = book.offers.findIndex(known => known.OfferID === offer.OfferID);
	book.offers.splice(index === -1 ? book.offers.length : index, index === -1 ? 0 : 1, offer);
	book.seenAt[offerKey(offer.OfferID)] = seenAt;
}
