/**
A broken rule, tied to the field it belongs to. `rule` doubles as the `_locales` message
name (prefixed `rule_`) so the pages can say it in the browser's language; `args` fill
its `$1`, `$2`… placeholders.
*/
export type RuleId =
	| 'offerIdInvalid'
	| 'offerNumberInvalid'
	| 'availableInvalid'
	| 'titleMissing'
	| 'titleTooLong'
	| 'durationNotNumber'
	| 'durationNotWhole'
	| 'durationTooShort'
	| 'creditsNotNumber'
	| 'creditsTooPrecise'
	| 'creditsTooLow'
	| 'pricePerMinuteTooLow'
	| 'modeInvalid'
	| 'rateContinueInvalid'
	| 'unknownField';

export type RuleViolation = {
	field: string;
	rule: RuleId;
	args: string[];
};

export const ruleTexts: Record<RuleId, string> = {
	offerIdInvalid: 'Offer ID must be a whole number',
	offerNumberInvalid: 'Offer number must be a whole number of at least 1',
	availableInvalid: 'Available must be on or off',
	titleMissing: 'Title is required',
	titleTooLong: 'Title is $1 characters; at most $2',
	durationNotNumber: 'Duration must be a number of minutes',
	durationNotWhole: 'Duration must be a whole number of minutes',
	durationTooShort: 'Duration must be at least $1 minutes',
	creditsNotNumber: 'Total credits must be a number',
	creditsTooPrecise: 'Total credits can have at most two decimals',
	creditsTooLow: 'Total credits must be at least $1',
	pricePerMinuteTooLow: 'For $1 minutes the price must be at least $2 credits ($3 a minute)',
	modeInvalid: 'Mode must be Group chat or Private',
	rateContinueInvalid: 'Allow rate continue must be on or off',
	unknownField: '$1 is not a field of an offer',
};

export function fillPlaceholders(template: string, args: readonly string[]): string {
	return template.replaceAll(/\$(\d)/g, (placeholder, index: string) => args[Number(index) - 1] ?? placeholder);
}

export function formatViolation(violation: RuleViolation): string {
	return fillPlaceholders(ruleTexts[violation.rule], violation.args);
}
