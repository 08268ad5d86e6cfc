import type {Draft} from '../messaging/protocol';
import type {Offer} from '../model/offer';
import {buildUpdateRequest, type OfferPatch} from '../model/offer-patch';
import {findViolations, modeIds, type OfferField} from '../model/offer-rules';
import {formatCredits, formatNumber} from '../shared/i18n';

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

/** A number as people type it, in any language: "17,99" and "17.99" are 17.99. Anything else that is not a plain number is NaN. */
export function parseDecimal(text: string): number {
	const compact = text.replaceAll(/\s/g, '');
	return /^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(compact) ? Number(compact.replace(',', '.')) : Number.NaN;
}

/** A field's value as the form shows it: numbers in the UI language ("25,50" in German), ungrouped so they read back. */
export function fieldText(field: string, value: string | number | boolean): string | boolean {
	if (typeof value !== 'number' || field === 'ModeID') {
		return typeof value === 'boolean' ? value : String(value);
	}

	return field === 'TotalCredits' ? formatCredits(value, {grouping: false}) : formatNumber(value, {useGrouping: false});
}

export function valuesFromOffer(offer: Offer): OfferFormValues {
	const number = (field: 'Duration' | 'TotalCredits' | 'OfferNumber', value: number) => fieldText(field, value) as string;
	return {
		Title: offer.Title,
		Duration: number('Duration', offer.Duration),
		TotalCredits: number('TotalCredits', offer.TotalCredits),
		ModeID: String(offer.ModeID),
		OfferNumber: offer.OfferNumber === undefined ? '' : number('OfferNumber', offer.OfferNumber),
		CurrentlyAvailable: offer.CurrentlyAvailable,
		AllowRateContinue: offer.AllowRateContinue ?? false,
	};
}

/** The fields the user touched, as typed. */
export type Touched = Partial<OfferFormValues>;

/**
What the form shows: the user's touched fields over the offer as it is now, so untouched
fields follow fresher values as they arrive. A touched key of the wrong type (a broken draft)
keeps the offer's value.
*/
export function valuesWithTouched(offer: Offer, touched: Touched | Draft['touched']): OfferFormValues {
	const values = valuesFromOffer(offer);
	for (const field of Object.keys(values) as FormField[]) {
		if (typeof touched[field] === typeof values[field]) {
			Object.assign(values, {[field]: touched[field]});
		}
	}

	return values;
}

/** Save sends only what the user changed: the touched fields whose text differs from what the form opened on. */
export function touchedPatch(values: OfferFormValues, draft: Draft, base: Offer): OfferPatch {
	const all = patchFromValues(values, base);
	const changed = Object.keys(draft.touched).filter(field => draft.touched[field] !== draft.openedOn[field]);
	return Object.fromEntries(Object.entries(all).filter(([field]) => changed.includes(field))) as OfferPatch;
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
