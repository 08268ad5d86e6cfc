import {create} from 'superstruct';
import {type Offer, type OfferResponse, OfferResponseStruct} from './offer';
import {hasMoreCharactersThan, longestAnswerTitle} from './title';

const withoutNull = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

/**
Availability is INFERRED when an answer lacks `CurrentlyAvailable` (the update answer always
does): the value we sent wins, then `CanPurchase`, as the API reference advises.
*/
export function offerFromResponse(response: OfferResponse, sentAvailability?: boolean): Offer {
	const totalCredits = response.TotalCredits ?? response.TotalPrice;
	if (typeof totalCredits !== 'number') {
		throw new TypeError('The offer has neither TotalCredits nor TotalPrice');
	}

	// A RangeError says which limit the answer broke; the client passes its words on.
	if (hasMoreCharactersThan(response.Title, longestAnswerTitle)) {
		throw new RangeError(`Offer ${response.OfferID} has a title of more than ${longestAnswerTitle} characters`);
	}

	const offer: Offer = {
		OfferID: response.OfferID,
		OfferNumber: withoutNull(response.OfferNumber),
		Title: response.Title,
		Duration: response.Duration,
		TotalCredits: totalCredits,
		ModeID: response.ModeID,
		CurrentlyAvailable: response.CurrentlyAvailable ?? sentAvailability ?? response.CanPurchase ?? false,
		AllowRateContinue: withoutNull(response.AllowRateContinue),
		Incomplete: withoutNull(response.Incomplete),
		CanPurchase: withoutNull(response.CanPurchase),
		DoesPrivate: withoutNull(response.DoesPrivate),
		PrivatePPM: withoutNull(response.PrivatePPM),
		DoesGroup: withoutNull(response.DoesGroup),
		GroupPPM: withoutNull(response.GroupPPM),
	};
	// Absent keys rather than `undefined` ones, so stored and compared offers stay canonical.
	for (const key of Object.keys(offer) as Array<keyof Offer>) {
		if (offer[key] === undefined) {
			delete offer[key];
		}
	}

	return offer;
}

/** Validates an unknown answer body as one offer; throws a StructError or TypeError when it is not one. */
export function parseOffer(body: unknown, sentAvailability?: boolean): Offer {
	return offerFromResponse(create(body, OfferResponseStruct), sentAvailability);
}
