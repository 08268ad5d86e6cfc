import type {OfferEntry} from '../messaging/protocol';
import {shownOffer} from '../messaging/shown-offer';
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

	return entries.filter(entry => {
		const shown = shownOffer(entry);
		return shown.Title.toLocaleLowerCase(language).includes(wanted) || String(shown.OfferNumber) === wanted;
	});
}
