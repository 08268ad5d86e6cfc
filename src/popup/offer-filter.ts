import type {OfferEntry} from '../messaging/protocol';
import {applyPatch} from '../model/offer-patch';
import {uiLanguage} from '../shared/i18n';

/** Above this many offers the popup offers a search. */
export const searchFromCount = 9;

/** The offers whose title (as shown) contains the query, or whose offer number it is; all of them for an empty query. */
export function filterOffers(entries: readonly OfferEntry[], query: string): OfferEntry[] {
	const language = uiLanguage();
	const wanted = query.trim().toLocaleLowerCase(language);
	if (wanted === '') {
		return [...entries];
	}

	return entries.filter(({offer, change}) => {
		const shown = applyPatch(offer, change?.patch ?? {});
		return shown.Title.toLocaleLowerCase(language).includes(wanted) || String(shown.OfferNumber) === wanted;
	});
}
