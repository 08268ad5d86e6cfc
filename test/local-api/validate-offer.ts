import type {ModelState} from './answers';

/**
The server's own reading of the documented update rules, written apart from the
extension's model so that a mistake in one is caught by the other.
*/
export type UpdateRequest = {
	OfferID: number;
	OfferNumber?: number;
	CurrentlyAvailable: boolean;
	Title: string;
	Duration: number;
	TotalCredits: number;
	ModeID: number;
	AllowRateContinue?: boolean;
};

export const maximumTitleLength = 50;
/** A word AdultWork's own checks refuse in a title: its 400 names the field in ModelState, as the real one does. */
export const bannedTitleWord = 'forbidden';
const segmenter = new Intl.Segmenter('en', {granularity: 'grapheme'});
const graphemes = (text: string) => [...segmenter.segment(text)].length;

type Field = keyof UpdateRequest;
type Check = (value: unknown) => string | undefined;

const isAbsent = (value: unknown) => value === undefined || value === null;

const integerAtLeast =
	(field: Field, minimum: number): Check =>
	value =>
		!Number.isInteger(value) ? `The ${field} field must be a whole number.` : (value as number) < minimum ? `The minimum value is ${minimum}.` : undefined;

const booleanField =
	(field: Field): Check =>
	value =>
		typeof value === 'boolean' ? undefined : `The ${field} field must be true or false.`;

const checks: Record<Field, {required: boolean; check: Check}> = {
	OfferID: {required: true, check: value => (Number.isInteger(value) ? undefined : 'The OfferID field must be a whole number.')},
	OfferNumber: {required: false, check: integerAtLeast('OfferNumber', 1)},
	CurrentlyAvailable: {required: true, check: booleanField('CurrentlyAvailable')},
	Title: {
		required: true,
		check: value =>
			typeof value !== 'string'
				? 'The Title field must be text.'
				: // ASP.NET's [Required] counts a blank string as missing.
					value.trim() === ''
					? 'The Title field is required.'
					: graphemes(value) > maximumTitleLength
						? `The maximum length is ${maximumTitleLength} characters.`
						: value.toLowerCase().includes(bannedTitleWord)
							? 'Title contains a word that is not allowed.'
							: undefined,
	},
	Duration: {required: true, check: integerAtLeast('Duration', 5)},
	TotalCredits: {
		required: true,
		check: value =>
			typeof value !== 'number' || !Number.isFinite(value) ? 'The TotalCredits field must be a number.' : value < 5 ? 'The minimum value is 5.' : undefined,
	},
	ModeID: {required: true, check: value => (value === 2 || value === 3 ? undefined : 'Possible values are 2 or 3.')},
	AllowRateContinue: {required: false, check: booleanField('AllowRateContinue')},
};

/** Money in hundredths of a credit: 17.99 for 30 minutes is refused, 18.00 accepted. */
export function meetsMinimumPricePerMinute(totalCredits: number, duration: number): boolean {
	return Math.round(totalCredits * 100) >= 60 * duration;
}

export function validateUpdate(body: unknown): {request: UpdateRequest} | {modelState: ModelState} {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		return {modelState: {request: ['The request body must be a JSON object.']}};
	}

	const fields = body as Record<string, unknown>;
	const modelState: ModelState = {};
	for (const [field, {required, check}] of Object.entries(checks)) {
		const value = fields[field];
		const problem = isAbsent(value) ? (required ? `The ${field} field is required.` : undefined) : check(value);
		if (problem) {
			modelState[`request.${field}`] = [problem];
		}
	}

	const {Duration, TotalCredits} = fields;
	const bothValid = !modelState['request.Duration'] && !modelState['request.TotalCredits'];
	if (bothValid && !meetsMinimumPricePerMinute(TotalCredits as number, Duration as number)) {
		modelState['request.TotalCredits'] = ['The price per minute (TotalCredits / Duration) must be at least 0.6 credits.'];
	}

	if (Object.keys(modelState).length > 0) {
		return {modelState};
	}

	const request = Object.fromEntries(
		Object.keys(checks)
			.filter(field => !isAbsent(fields[field]))
			.map(field => [field, fields[field]]),
	) as UpdateRequest;
	return {request};
}
