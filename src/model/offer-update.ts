import {define, type Infer, object, optional, refine} from 'superstruct';
import {checkField, checkPricePerMinute, findViolations, type OfferField} from './offer-rules';
import {formatViolation, type RuleViolation} from './rule-violation';

function ruleStruct<T>(field: OfferField) {
	return define<T>(field, value => {
		const violation = checkField(field, value);
		return violation ? formatViolation(violation) : true;
	});
}

/** The body of UpdateDirectCamSpecialOffer, with every documented rule. */
export const OfferUpdateStruct = refine(
	object({
		OfferID: ruleStruct<number>('OfferID'),
		OfferNumber: optional(ruleStruct<number>('OfferNumber')),
		CurrentlyAvailable: ruleStruct<boolean>('CurrentlyAvailable'),
		Title: ruleStruct<string>('Title'),
		Duration: ruleStruct<number>('Duration'),
		TotalCredits: ruleStruct<number>('TotalCredits'),
		ModeID: ruleStruct<2 | 3>('ModeID'),
		AllowRateContinue: optional(ruleStruct<boolean>('AllowRateContinue')),
	}),
	'pricePerMinute',
	({TotalCredits, Duration}) => {
		const violation = checkPricePerMinute(TotalCredits, Duration);
		return violation ? {path: ['TotalCredits'], key: 'TotalCredits', message: formatViolation(violation)} : true;
	},
);

export type OfferUpdate = Infer<typeof OfferUpdateStruct>;

export type OfferUpdateCheck = {ok: true; value: OfferUpdate} | {ok: false; violations: RuleViolation[]};

export function validateOfferUpdate(candidate: unknown): OfferUpdateCheck {
	const violations = findViolations(candidate);
	return violations.length === 0 ? {ok: true, value: candidate as OfferUpdate} : {ok: false, violations};
}
