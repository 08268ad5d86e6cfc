import type {PageElement} from '../driver/driver';

/** The edit form's rules as the scenarios break them, and what the form must then show. */

export type BrokenRule = {case: string; values: Record<string, string>; field: string; message: string};

export const brokenRules: BrokenRule[] = [
	{case: 'a 51-character title', values: {Title: `${'Long show '.repeat(5)}!`}, field: 'Title', message: 'Title is 51 characters; at most 50'},
	{case: '4 minutes', values: {'Duration (minutes)': '4'}, field: 'Duration (minutes)', message: 'Duration must be at least 5 minutes'},
	{case: '5.5 minutes', values: {'Duration (minutes)': '5.5'}, field: 'Duration (minutes)', message: 'Duration must be a whole number of minutes'},
	{case: '4.99 credits', values: {'Total credits': '4.99'}, field: 'Total credits', message: 'Total credits must be at least 5'},
	{
		case: '17.99 credits for 30 minutes',
		values: {'Duration (minutes)': '30', 'Total credits': '17.99'},
		field: 'Total credits',
		message: 'For 30 minutes the price must be at least 18 credits (0.60 a minute)',
	},
	{case: 'offer number 0', values: {'Offer number': '0'}, field: 'Offer number', message: 'Offer number must be a whole number of at least 1'},
];

async function typeValues(form: PageElement, values: Record<string, string>): Promise<void> {
	for (const [label, value] of Object.entries(values)) {
		await form.find({label}).type(value);
	}
}

/** Types the rule's values: the field says why, beside it and to a screen reader, and neither Save nor Enter sends. */
export async function expectRefused(form: PageElement, rule: BrokenRule): Promise<void> {
	await typeValues(form, rule.values);
	const broken = form.find({label: rule.field});
	expect.soft(await broken.attribute('aria-invalid'), rule.case).toBe('true');
	expect.soft(await broken.description(), rule.case).toContain(rule.message);
	expect.soft(await form.find({text: rule.message}).isVisible(), rule.case).toBe(true);
	expect.soft(await form.find({role: 'button', name: 'Save'}).isDisabled(), rule.case).toBe(true);
	// Enter submits a form even when its button is disabled by script: the form must refuse too.
	await broken.press('Enter');
}

/** Types values that mend the rule: the field is valid again and Save may send. */
export async function expectValid(form: PageElement, rule: BrokenRule): Promise<void> {
	await typeValues(form, rule.values);
	expect.soft(await form.find({label: rule.field}).attribute('aria-invalid'), rule.case).toBeNull();
	expect.soft(await form.find({role: 'button', name: 'Save'}).isDisabled(), rule.case).toBe(false);
}
