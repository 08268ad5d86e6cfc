import type {OfferEntry, PageView} from '../messaging/protocol';
import {applyPatch} from '../model/offer-patch';
import {ErrorText} from '../pages/error-text';
import {t} from '../shared/i18n';
import {useAction} from '../pages/use-action';
import type {Send} from '../pages/use-worker-state';
import {creditsText, modeName, normalRate, perMinuteText, shortNormalRateText} from './offer-facts';
import {OfferMarkers} from './offer-markers';

type Props = {
	entry: OfferEntry;
	rates: PageView['rates'];
	send: Send;
	onEdit: () => void;
};

export const editButtonId = (offerId: number) => `edit-${offerId}`;

/** One offer: the availability switch first (the thing a performer on cam reaches for), then the facts. */
export function OfferItem({entry, rates, send, onEdit}: Props) {
	const {offer, change} = entry;
	// A change on its way is shown as it will be; refused values are not.
	const shown = applyPatch(offer, change?.patch ?? {});
	const offerId = offer.OfferID;
	const titleId = `offer-${offerId}-title`;
	const toggle = useAction(send);
	const rate = normalRate(shown.ModeID, offer, rates);

	return (
		<li class={shown.CurrentlyAvailable ? 'offer' : 'offer offer-off'} aria-labelledby={titleId}>
			<div class="offer-head">
				<input
					type="checkbox"
					// biome-ignore lint/a11y/useAriaPropsForRole: a native checkbox states its own checked state; ARIA in HTML forbids aria-checked on it
					role="switch"
					class="switch"
					checked={shown.CurrentlyAvailable}
					aria-label={t('popup_availableFor', shown.Title)}
					onChange={event => void toggle.run({type: 'set-availability', offerId, available: event.currentTarget.checked})}
				/>
				<h2 id={titleId} class="offer-title">
					{shown.Title}
				</h2>
				<button type="button" id={editButtonId(offerId)} class="small" aria-label={t('popup_editOffer', shown.Title)} onClick={onEdit}>
					{t('popup_edit')}
				</button>
			</div>
			<p class="offer-facts">
				<span>{modeName(shown.ModeID)}</span>
				<span>{t('popup_minutes', shown.Duration)}</span>
				{shown.OfferNumber !== undefined && <span>{t('popup_offerNumber', shown.OfferNumber)}</span>}
			</p>
			<p class="offer-facts">
				<span class="price">{creditsText(shown.TotalCredits)}</span>
				<span>{perMinuteText(shown.TotalCredits, shown.Duration)}</span>
				{rate !== undefined && <span>{shortNormalRateText(rate)}</span>}
			</p>
			<OfferMarkers entry={entry} titleId={titleId} isAvailable={shown.CurrentlyAvailable} send={send} />
			<ErrorText error={toggle.error} />
		</li>
	);
}
