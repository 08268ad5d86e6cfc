import type {PageView} from '../messaging/protocol';
import {toHundredths} from '../model/money';
import type {Offer} from '../model/offer';
import {modeIds} from '../model/offer-rules';
import {formatCredits, formatPercent, formatRate, t} from '../shared/i18n';

type Rates = PageView['rates'];

export function modeName(modeId: number): string {
	return modeId === modeIds.private ? t('mode_private') : t('mode_groupChat');
}

export function creditsText(credits: number): string {
	return t('common_credits', formatCredits(credits));
}

/** The price a minute, rounded down to the hundredth: 17.99 for 30 minutes reads 0.59, never the 0.60 it falls short of. */
export function perMinute(totalCredits: number, durationMinutes: number): number {
	return Math.floor(toHundredths(totalCredits) / durationMinutes) / 100;
}

export function perMinuteText(totalCredits: number, durationMinutes: number): string {
	return t('common_perMinute', formatRate(perMinute(totalCredits, durationMinutes)));
}

/** The performer's normal price per minute in the offer's mode: the settings first, then what the offer answer carried. */
export function normalRate(modeId: number, offer: Partial<Offer>, rates: Rates): number | undefined {
	return modeId === modeIds.private ? (rates?.PrivatePPM ?? offer.PrivatePPM) : (rates?.GroupPPM ?? offer.GroupPPM);
}

/** "normal private rate 2.50/min": where the mode is not said next to it, as in the form. */
export function normalRateText(modeId: number, rate: number): string {
	return t(modeId === modeIds.private ? 'popup_normalPrivateRate' : 'popup_normalGroupRate', formatRate(rate));
}

/** "normal 2.50/min": beside an offer that already names its mode. */
export function shortNormalRateText(rate: number): string {
	return t('popup_normalRate', formatRate(rate));
}

export type RateComparison = {direction: 'below' | 'normal' | 'above'; text: string};

/** How a price a minute compares with the normal rate, in whole percent: within half a percent it is the normal rate. */
export function compareWithNormal(rate: number, normal: number): RateComparison | undefined {
	if (!(normal > 0)) {
		return undefined;
	}

	const difference = Math.round((rate / normal - 1) * 100) / 100;
	if (difference === 0) {
		return {direction: 'normal', text: t('popup_atNormal')};
	}

	return difference < 0
		? {direction: 'below', text: t('popup_belowNormal', formatPercent(-difference))}
		: {direction: 'above', text: t('popup_aboveNormal', formatPercent(difference))};
}
