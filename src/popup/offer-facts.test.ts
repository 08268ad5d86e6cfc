// @vitest-environment node
import {setUiLanguage} from '../../test/fake-browser/fake-page-browser';
import {compareWithNormal, creditsText, modeName, normalRate, normalRateText, perMinuteText, shortNormalRateText} from './offer-facts';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/fake-browser/fake-page-browser')).fakeBrowser}));

it('names the modes and prices in words', () => {
	expect(modeName(2)).toBe('Group chat');
	expect(modeName(3)).toBe('Private');
	expect(creditsText(17.5)).toBe('17.50 credits');
	expect(perMinuteText(18, 10)).toBe('1.80/min');
	expect(perMinuteText(17.99, 30)).toBe('0.59/min');
	expect(perMinuteText(18, 30)).toBe('0.60/min');
});

it('writes prices as German does in German', () => {
	setUiLanguage('de');
	expect(modeName(2)).toBe('Gruppenchat');
	expect(creditsText(25.5)).toBe('25,50 Credits');
	expect(perMinuteText(18, 30)).toBe('0,60/Min.');
	expect(normalRateText(3, 2.5)).toBe('normaler Privatpreis 2,50/Min.');
	expect(shortNormalRateText(0.8)).toBe('normal 0,80/Min.');
});

it('takes the normal rate of the offer’s mode from the settings, then from the offer', () => {
	expect(normalRate(3, {PrivatePPM: 3}, {PrivatePPM: 2.5, GroupPPM: 0.8})).toBe(2.5);
	expect(normalRate(2, {GroupPPM: 0.9}, undefined)).toBe(0.9);
	expect(normalRate(2, {}, {PrivatePPM: 2.5})).toBeUndefined();
	expect(normalRateText(3, 2.5)).toBe('normal private rate 2.50/min');
	expect(normalRateText(2, 0.8)).toBe('normal group rate 0.80/min');
	expect(shortNormalRateText(0.8)).toBe('normal 0.80/min');
});

it('says how a price a minute compares with the normal rate', () => {
	expect(compareWithNormal(2, 2.5)).toEqual({direction: 'below', text: '20% below normal'});
	expect(compareWithNormal(2.5, 2.5)).toEqual({direction: 'normal', text: 'at the normal rate'});
	expect(compareWithNormal(2.49, 2.5)).toEqual({direction: 'normal', text: 'at the normal rate'});
	expect(compareWithNormal(0.92, 0.8)).toEqual({direction: 'above', text: '15% above normal'});
	expect(compareWithNormal(1, 0)).toBeUndefined();
	setUiLanguage('de');
	expect(compareWithNormal(2, 2.5)).toEqual({direction: 'below', text: '20\u00a0% unter normal'});
	expect(compareWithNormal(2.5, 2.5)).toEqual({direction: 'normal', text: 'zum normalen Preis'});
	expect(compareWithNormal(0.92, 0.8)).toEqual({direction: 'above', text: '15\u00a0% über normal'});
});
