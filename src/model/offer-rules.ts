import {
	formatCredits,
	formatPerMinute,
	hasAtMostTwoDecimals,
	lowestValidPrice,
	meetsPerMinuteMinimum,
	minimumCreditsPerMinute,
	minimumTotalCredits,
} from './money';
import type {RuleId, RuleViolation} from './rule-violation';
import {countCharacters, maximumTitleCharacters} from './title';

export const minimumDuration = 5;
export const modeIds = {groupChat: 2, private: 3} as const;

export type OfferField = 'OfferID' | 'OfferNumber' | 'CurrentlyAvailable' | 'Title' | 'Duration' | 'TotalCredits' | 'ModeID' | 'AllowRateContinue';
type Check = (value: unknown) => {rule: RuleId; args?: string[]} | undefined;

const isWholeNumber = (value: unknown): value is number => Number.isSafeInteger(value);
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

export const fieldChecks: Record<OfferField, Check> = {
	OfferID: value => (isWholeNumber(value) && value > 0 ? undefined : {rule: 'offerIdInvalid'}),
	OfferNumber: value => (isWholeNumber(value) && value >= 1 ? undefined : {rule: 'offerNumberInvalid'}),
	CurrentlyAvailable: value => (isBoolean(value) ? undefined : {rule: 'availableInvalid'}),
	Title(value) {
		if (typeof value !== 'string' || value.trim() === '') {
			return {rule: 'titleMissing'};
		}

		const length = countCharacters(value);
		return length > maximumTitleCharacters ? {rule: 'titleTooLong', args: [String(length), String(maximumTitleCharacters)]} : undefined;
	},
	Duration(value) {
		if (typeof value !== 'number' || !Number.isFinite(value)) {
			return {rule: 'durationNotNumber'};
		}

		if (!Number.isSafeInteger(value)) {
			return {rule: 'durationNotWhole'};
		}

		return value < minimumDuration ? {rule: 'durationTooShort', args: [String(minimumDuration)]} : undefined;
	},
	TotalCredits(value) {
		if (typeof value !== 'number' || !Number.isFinite(value)) {
			return {rule: 'creditsNotNumber'};
		}

		if (!hasAtMostTwoDecimals(value)) {
			return {rule: 'creditsTooPrecise'};
		}

		return value < minimumTotalCredits ? {rule: 'creditsTooLow', args: [String(minimumTotalCredits)]} : undefined;
	},
	ModeID: value => (value === modeIds.groupChat || value === modeIds.private ? undefined : {rule: 'modeInvalid'}),
	AllowRateContinue: value => (isBoolean(value) ? undefined : {rule: 'rateContinueInvalid'}),
};

export const optionalFields: ReadonlySet<OfferField> = new Set(['OfferNumber', 'AllowRateContinue']);

export function checkField(field: OfferField, value: unknown): RuleViolation | undefined {
	const broken = fieldChecks[field](value);
	return broken && {field, rule: broken.rule, args: broken.args ?? []};
}

/** The rule that spans two fields; it only speaks once both fields are valid on their own. */
export function checkPricePerMinute(totalCredits: number, duration: number): RuleViolation | undefined {
	if (meetsPerMinuteMinimum(totalCredits, duration)) {
		return undefined;
	}

	return {
		field: 'TotalCredits',
		rule: 'pricePerMinuteTooLow',
		args: [String(duration), formatCredits(lowestValidPrice(duration)), formatPerMinute(minimumCreditsPerMinute)],
	};
}

/** Every broken rule of a whole update request, at most one per field. */
export function findViolations(candidate: unknown): RuleViolation[] {
	if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) {
		return [{field: 'OfferID', rule: 'offerIdInvalid', args: []}];
	}

	const record = candidate as Record<string, unknown>;
	const violations: RuleViolation[] = [];
	for (const field of Object.keys(fieldChecks) as OfferField[]) {
		if (record[field] === undefined && optionalFields.has(field)) {
			continue;
		}

		const violation = checkField(field, record[field]);
		if (violation) {
			violations.push(violation);
		}
	}

	for (const key of Object.keys(record)) {
		if (!Object.hasOwn(fieldChecks, key)) {
			violations.push({field: key, rule: 'unknownField', args: [key]});
		}
	}

	if (!violations.some(({field}) => field === 'Duration' || field === 'TotalCredits')) {
		const priceViolation = checkPricePerMinute(record.TotalCredits as number, record.Duration as number);
		if (priceViolation) {
			violations.push(priceViolation);
		}
	}

	return violations;
}
