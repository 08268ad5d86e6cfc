import {parseOffer} from './offer-from-response';
import type {Offer} from './offer';

/** More than a performer keeps, and few enough for the menus and the pages' view to stay quick. */
export const mostOffersAccepted = 500;

/**
The list's shape is INFERRED: a bare array, or an object whose one array-valued property
holds the items (`{"SpecialOffers": [...]}`). The same tolerance serves group members.
*/
export function findItemArray(body: unknown): unknown[] {
	if (Array.isArray(body)) {
		return body;
	}

	if (typeof body === 'object' && body !== null) {
		const arrays = Object.values(body).filter(value => Array.isArray(value));
		if (arrays.length === 1) {
			return arrays[0] as unknown[];
		}
	}

	throw new TypeError('Expected a list, or an object holding one list');
}

/** Throws a RangeError, which says so, for a list longer than the extension takes. */
export function parseOfferList(body: unknown): Offer[] {
	const items = findItemArray(body);
	if (items.length > mostOffersAccepted) {
		throw new RangeError(`The list has ${items.length} offers, more than the ${mostOffersAccepted} this extension takes`);
	}

	return items.map(item => parseOffer(item));
}
