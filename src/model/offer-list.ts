import {parseOffer} from './offer-from-response';
import type {Offer} from './offer';

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

export function parseOfferList(body: unknown): Offer[] {
	return findItemArray(body).map(item => parseOffer(item));
}
