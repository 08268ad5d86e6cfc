import type {OfferPatch} from '../../model/offer-patch';
import {validateOfferUpdate} from '../../model/offer-update';
import {callApi} from '../auth/api-access';
import {invalidOffer} from '../lib/errors';
import {requireScope} from '../state/current-scope';
import {actingForOf, ensureOfferCache, keepOffer, offerKey} from '../state/offer-cache';
import {changeState} from '../display/publish';

/**
For an API without the offer list: the user gives an offer's ID and its full fields, and
one update both checks that AdultWork knows the offer and sets it. Only a confirmed offer
joins the cache; a refused one leaves the form as it was, with AdultWork's reason.
*/
export async function addOffer(offerId: number, fields: OfferPatch): Promise<void> {
	const scope = await requireScope();
	const candidate = {...fields, OfferID: offerId};
	if (typeof candidate.Title === 'string') {
		candidate.Title = candidate.Title.trim();
	}

	const check = validateOfferUpdate(candidate);
	if (!check.ok) {
		throw invalidOffer(check.violations);
	}

	const offer = await callApi(scope, async client => client.updateOffer(check.value, actingForOf(scope)));
	await changeState(draft => {
		const cache = ensureOfferCache(draft, scope);
		keepOffer(cache, offer, Date.now());
		delete cache.drafts[offerKey(offerId)];
	});
}
