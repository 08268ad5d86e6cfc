import {formatNumber, pluralKey, t} from '../shared/i18n';

type Props = {
	query: string;
	/** How many offers the query keeps, and how many there are. */
	shown: number;
	total: number;
	onQuery: (query: string) => void;
};

/** A filter of the view only: the offers themselves are not touched. The count is announced as it changes. */
export function OfferSearch({query, shown, total, onQuery}: Props) {
	const count =
		shown === total
			? t(pluralKey(total, 'popup_offerCount_one', 'popup_offerCount_other'), formatNumber(total))
			: t(pluralKey(total, 'popup_offerCountFiltered_one', 'popup_offerCountFiltered_other'), formatNumber(shown), formatNumber(total));
	return (
		<div class="offer-search">
			<input
				type="search"
				value={query}
				aria-label={t('popup_searchOffers')}
				placeholder={t('popup_searchPlaceholder')}
				autoComplete="off"
				onInput={event => onQuery(event.currentTarget.value)}
			/>
			<p class="offer-count" role="status">
				{count}
			</p>
		</div>
	);
}
