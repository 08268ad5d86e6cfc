import type {State} from '../messaging/protocol';
import {formatCredits, formatPerMinute, pricePerMinute} from '../model/money';
import type {Offer} from '../model/offer';
import {modeIds} from '../model/offer-rules';
import {t} from '../pages/i18n';

type Rates = State['rates'];

export function modeName(modeId: number): string {
	return modeId === modeIds.private ? t('mode_private') : t('mode_groupChat');
}

export function creditsText(credits: number): string {
	return t('common_credits', formatCredits(credits));
}

export function perMinuteText(creditsPerMinute: number): string {
	return t('common_perMinute', formatPerMinute(creditsPerMinute));
}

export function offerPerMinuteText(offer: Pick<Offer, 'TotalCredits' | 'Duration'>): string {
	return perMinuteText(pricePerMinute(offer.TotalCredits, offer.Duration));
}

/** The performer's normal price per minute in the offer's mode: the settings first, then what the offer answer carried. */
export function normalRate(modeId: number, offer: Partial<Offer>, rates: Rates): number | undefined {
	return modeId === modeIds.private
		? rates?.PrivatePPM ?? offer.PrivatePPM
		: rates?.GroupPPM ?? offer.GroupPPM;
}

export function normalRateText(modeId: number, rate: number): string {
	return t(modeId === modeIds.private ? 'popup_normalPrivateRate' : 'popup_normalGroupRate', formatPerMinute(rate));
}
