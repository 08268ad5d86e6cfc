import type {OfferPatch} from '../model/offer-patch';
import {validateOfferUpdate} from '../model/offer-update';
import {callApi} from './api-access';
import {invalidOffer} from './errors';
import {requireScope} from './changes/requests';
import {actingForOf, ensureBook, keepOffer, offerKey} from './scope';
import {changeState} from './views';

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
		const book = ensureBook(draft, scope);
		keepOffer(book, offer, Date.now());
		delete book.drafts[offerKey(offerId)];
	});
}
