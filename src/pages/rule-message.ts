import {type RuleId, ruleTexts} from '../model/rule-violation';
import {formatNumber, t} from '../shared/i18n';

type Broken = {rule: string; args: readonly string[]; message?: string};

const isRuleId = (rule: string): rule is RuleId => Object.hasOwn(ruleTexts, rule);

/** The model writes its numbers the program's way ("0.60"); the page writes them in the UI language, keeping their decimals. */
function localNumber(arg: string): string {
	const match = /^\d+(?:\.(\d+))?$/.exec(arg);
	const decimals = match?.[1]?.length ?? 0;
	return match ? formatNumber(Number(arg), {minimumFractionDigits: decimals, maximumFractionDigits: decimals}) : arg;
}

/** A broken rule in the browser's language; a rule the model does not know keeps the worker's words. */
export function ruleMessage({rule, args, message}: Broken): string {
	return isRuleId(rule) ? t(`rule_${rule}`, ...args.map(localNumber)) : (message ?? rule);
}
