import {type RuleId, ruleTexts} from '../model/rule-violation';
import {t} from '../shared/i18n';

type Broken = {rule: string; args: readonly string[]; message?: string};

const isRuleId = (rule: string): rule is RuleId => Object.hasOwn(ruleTexts, rule);

/** A broken rule in the browser's language; a rule the model does not know keeps the worker's words. */
export function ruleMessage({rule, args, message}: Broken): string {
	return isRuleId(rule) ? t(`rule_${rule}`, ...args) : (message ?? rule);
}
