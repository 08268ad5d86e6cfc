// @vitest-environment node
import {setUiLanguage} from '../../test/fake-browser/fake-page-browser';
import {ruleMessage} from './rule-message';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/fake-browser/fake-page-browser')).fakeBrowser}));

it('says a broken rule of the model in the page’s words', () => {
	expect(ruleMessage({rule: 'pricePerMinuteTooLow', args: ['30', '18', '0.60']})).toBe('For 30 minutes the price must be at least 18 credits (0.60 a minute)');
});

it('writes the rule’s numbers as German does', () => {
	setUiLanguage('de');
	expect(ruleMessage({rule: 'pricePerMinuteTooLow', args: ['30', '18.50', '0.60']})).toMatch(/30 .*18,50 .*0,60 /);
	expect(ruleMessage({rule: 'unknownField', args: ['Colour']})).toContain('Colour');
});

it('keeps the worker’s words for a rule the model does not know', () => {
	expect(ruleMessage({rule: 'serverOnly', args: [], message: 'Title already used'})).toBe('Title already used');
});
