// @vitest-environment node
import english from '../../extension/_locales/en/messages.json';
import german from '../../extension/_locales/de/messages.json';
import {fillMessage} from '../../test/fake-browser/fake-i18n';
import {fakeBrowser, setUiLanguage} from '../../test/fake-browser/fake-page-browser';
import {ruleTexts} from '../model/rule-violation';
import {formatCredits, formatNumber, formatPercent, formatRate, pluralKey, t} from './i18n';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/fake-browser/fake-page-browser')).fakeBrowser}));

type Catalog = Record<string, {message: string; placeholders?: Record<string, {content: string}>}>;
const placeholdersOf = (entry: Catalog[string]) =>
	Object.values(entry.placeholders ?? {})
		.map(({content}) => content)
		.sort();

it('prefers the browser’s own translation', () => {
	fakeBrowser.i18n.getMessage.mockReturnValueOnce('Verfügbar: Tanz');
	expect(t('popup_availableFor', 'Tanz')).toBe('Verfügbar: Tanz');
	expect(fakeBrowser.i18n.getMessage).toHaveBeenLastCalledWith('popup_availableFor', ['Tanz']);
});

it('passes numbers as the strings the browser fills in', () => {
	expect(t('popup_titleCount', 12, 50)).toBe('12 of 50 characters');
	expect(fakeBrowser.i18n.getMessage).toHaveBeenLastCalledWith('popup_titleCount', ['12', '50']);
});

it('shows the key itself rather than nothing when the browser has no such message', () => {
	fakeBrowser.i18n.getMessage.mockReturnValueOnce('');
	expect(t('popup_availableFor', 'Slow dance')).toBe('popup_availableFor');
});

it('has every rule of the model in English, worded as the model words it, and in German', () => {
	for (const [rule, text] of Object.entries(ruleTexts)) {
		const entry = (english as Catalog)[`rule_${rule}`];
		expect(entry, rule).toBeDefined();
		expect(fillMessage(entry!, ['A', 'B', 'C']), rule).toBe(text.replace('$1', 'A').replace('$2', 'B').replace('$3', 'C'));
		expect((german as Catalog)[`rule_${rule}`], rule).toBeDefined();
	}
});

it('translates every message of the pages and the worker into German with the same placeholders', () => {
	const pageKeys = Object.keys(english).filter(key => /^(popup|common|field|mode|rule|error)_/.test(key));
	for (const key of pageKeys) {
		const germanEntry = (german as Catalog)[key];
		expect(germanEntry, key).toBeDefined();
		expect(placeholdersOf(germanEntry!), key).toEqual(placeholdersOf((english as Catalog)[key]!));
	}
});

it('writes numbers as the UI language does', () => {
	expect([formatCredits(25.5), formatCredits(18), formatRate(0.6), formatPercent(0.2), formatNumber(1234)]).toEqual(['25.50', '18', '0.60', '20%', '1,234']);
	setUiLanguage('de');
	expect([formatCredits(25.5), formatCredits(18), formatRate(0.6), formatPercent(-0.15), formatNumber(1234)]).toEqual([
		'25,50',
		'18',
		'0,60',
		'-15\u00a0%',
		'1.234',
	]);
	expect(formatCredits(1234.5, {grouping: false})).toBe('1234,50');
	expect(formatCredits(12_345.5)).toBe('12.345,50');
});

it('picks the plural form the UI language uses for a count', () => {
	expect([1, 2, 0].map(count => pluralKey(count, 'popup_offerCount_one', 'popup_offerCount_other'))).toEqual([
		'popup_offerCount_one',
		'popup_offerCount_other',
		'popup_offerCount_other',
	]);
	setUiLanguage('de');
	expect(pluralKey(1, 'popup_offerCount_one', 'popup_offerCount_other')).toBe('popup_offerCount_one');
});
