// @vitest-environment node
import {creditsText, modeName, normalRate, normalRateText, perMinuteText, shortNormalRateText} from './offer-facts';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/helpers/fake-page-browser')).fakeBrowser}));

it('names the modes and prices in words', () => {
	expect(modeName(2)).toBe('Group chat');
	expect(modeName(3)).toBe('Private');
	expect(creditsText(17.5)).toBe('17.50 credits');
	expect(perMinuteText(18, 10)).toBe('1.80/min');
	expect(perMinuteText(17.99, 30)).toBe('0.59/min');
	expect(perMinuteText(18, 30)).toBe('0.60/min');
});

it('takes the normal rate of the offer’s mode from the settings, then from the offer', () => {
	expect(normalRate(3, {PrivatePPM: 3}, {PrivatePPM: 2.5, GroupPPM: 0.8})).toBe(2.5);
	expect(normalRate(2, {GroupPPM: 0.9}, undefined)).toBe(0.9);
	expect(normalRate(2, {}, {PrivatePPM: 2.5})).toBeUndefined();
	expect(normalRateText(3, 2.5)).toBe('normal private rate 2.50/min');
	expect(normalRateText(2, 0.8)).toBe('normal group rate 0.80/min');
	expect(shortNormalRateText(0.8)).toBe('normal 0.80/min');
});
