import {boolean, type Infer, number, object, partial, string} from 'superstruct';
import type {Offer} from './offer';
import type {OfferUpdate} from './offer-update';

/** The fields a user changed. Types only: the rules are judged on the whole request it builds. */
export const OfferPatchStruct = partial(
	object({
		OfferNumber: number(),
		CurrentlyAvailable: boolean(),
		Title: string(),
		Duration: number(),
		TotalCredits: number(),
		ModeID: number(),
		AllowRateContinue: boolean(),
	}),
);
export type OfferPatch = Infer<typeof OfferPatchStruct>;

/**
PUT replaces the whole offer, so a one-field change is the offer's full last known state
with that field changed. `OfferNumber` is always carried over: left out, the API renumbers.
*/
export function buildUpdateRequest(offer: Offer, patch: OfferPatch): OfferUpdate {
	const request: Record<string, unknown> = {
		OfferID: offer.OfferID,
		OfferNumber: patch.OfferNumber ?? offer.OfferNumber,
		CurrentlyAvailable: patch.CurrentlyAvailable ?? offer.CurrentlyAvailable,
		Title: (patch.Title ?? offer.Title).trim(),
		Duration: patch.Duration ?? offer.Duration,
		TotalCredits: patch.TotalCredits ?? offer.TotalCredits,
		ModeID: patch.ModeID ?? offer.ModeID,
		AllowRateContinue: patch.AllowRateContinue ?? offer.AllowRateContinue,
	};
	for (const key of ['OfferNumber', 'AllowRateContinue']) {
		if (request[key] === undefined) {
			delete request[key];
		}
	}

	return request as OfferUpdate;
}

/** An offer with the fields of a patch: what it becomes once AdultWork takes the patch. */
export const applyPatch = (offer: Offer, patch: OfferPatch): Offer => ({...offer, ...patch});

/** Fields of a patch that differ from the offer: what is still worth sending. */
export function changedFields(offer: Offer, patch: OfferPatch): OfferPatch {
	return Object.fromEntries(Object.entries(patch).filter(([key, value]) => offer[key as keyof Offer] !== value));
}
