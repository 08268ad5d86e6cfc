import type {Draft} from '../messaging/protocol';
import type {Offer} from '../model/offer';
import {buildUpdateRequest, type OfferPatch} from '../model/offer-patch';
import {findViolations, modeIds, type OfferField} from '../model/offer-rules';

/** The form as typed: text stays text (even "17,99" or "abc") until it is judged. */
export type OfferFormValues = {
	Title: string;
	Duration: string;
	TotalCredits: string;
	ModeID: string;
	OfferNumber: string;
	CurrentlyAvailable: boolean;
	AllowRateContinue: boolean;
};
export type FormField = keyof OfferFormValues;
/** A broken rule as the form shows it: from the model, or from the worker's reply. */
export type FieldViolation = {rule: string; args: readonly string[]; message?: string};
export type Violations = Partial<Record<OfferField, FieldViolation>>;

export const blankValues: OfferFormValues = {
	Title: '',
	Duration: '',
	TotalCredits: '',
	ModeID: String(modeIds.private),
	OfferNumber: '',
	CurrentlyAvailable: true,
	AllowRateContinue: false,
};

/** A number as people type it: "17,99" is 17.99. Anything else that is not a plain number is NaN. */
export function parseDecimal(text: string): number {
	const compact = text.replaceAll(/\s/g, '');
	return /^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(compact) ? Number(compact.replace(',', '.')) : Number.NaN;
}

export function valuesFromOffer(offer: Offer): OfferFormValues {
	return {
		Title: offer.Title,
		Duration: String(offer.Duration),
		TotalCredits: String(offer.TotalCredits),
		ModeID: String(offer.ModeID),
		OfferNumber: offer.OfferNumber === undefined ? '' : String(offer.OfferNumber),
		CurrentlyAvailable: offer.CurrentlyAvailable,
		AllowRateContinue: offer.AllowRateContinue ?? false,
	};
}

/** A stored draft over the offer; a key of the wrong type (an older draft format) keeps the offer's value. */
export function valuesFromDraft(draft: Draft, offer: Offer): OfferFormValues {
	const values = valuesFromOffer(offer);
	for (const field of Object.keys(values) as FormField[]) {
		if (typeof draft[field] === typeof values[field]) {
			Object.assign(values, {[field]: draft[field]});
		}
	}

	return values;
}

export function patchFromValues(values: OfferFormValues, base?: Offer): OfferPatch {
	const patch: OfferPatch = {
		Title: values.Title.trim(),
		Duration: parseDecimal(values.Duration),
		TotalCredits: parseDecimal(values.TotalCredits),
		ModeID: Number(values.ModeID),
		CurrentlyAvailable: values.CurrentlyAvailable,
	};
	if (values.OfferNumber.trim() !== '') {
		patch.OfferNumber = parseDecimal(values.OfferNumber);
	}

	// An offer that never said whether rate continue is allowed only gets the field when the user turns it on.
	if (base?.AllowRateContinue !== undefined || values.AllowRateContinue) {
		patch.AllowRateContinue = values.AllowRateContinue;
	}

	return patch;
}

/** The model's rules on the request these values would send, at most one message per field. */
export function findFormViolations(values: OfferFormValues, base: Offer): Violations {
	const violations: Violations = {};
	// An emptied number would silently keep the old one (the API renumbers when it is left out).
	if (values.OfferNumber.trim() === '' && base.OfferNumber !== undefined) {
		violations.OfferNumber = {rule: 'offerNumberInvalid', args: []};
	}

	for (const violation of findViolations(buildUpdateRequest(base, patchFromValues(values, base)))) {
		violations[violation.field as OfferField] ??= violation;
	}

	return violations;
}

/** Server-side violations, keyed by field like the form's own. */
export function violationsByField(violations: ReadonlyArray<FieldViolation & {field: string}>): Violations {
	return Object.fromEntries(violations.map(violation => [violation.field, violation]));
}
