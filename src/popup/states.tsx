import {t} from '../shared/i18n';

export function NoOffers() {
	return (
		<section class="notice" aria-labelledby="no-offers-heading">
			<h2 id="no-offers-heading">{t('popup_noOffersHeading')}</h2>
			<p>{t('popup_noOffersText')}</p>
		</section>
	);
}

/** The API answered 404 to the list: offers can only be added by their ID. */
export function NoOfferList() {
	return (
		<section class="notice" aria-labelledby="no-list-heading">
			<h2 id="no-list-heading">{t('popup_noOfferListHeading')}</h2>
			<p>{t('popup_noOfferListText')}</p>
		</section>
	);
}
