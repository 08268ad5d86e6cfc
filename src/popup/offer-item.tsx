import type {OfferEntry, PageView} from '../messaging/protocol';
import {shownOffer} from '../messaging/shown-offer';
import {ErrorText} from '../pages/error-text';
import {useAction} from '../pages/use-action';
import type {Send} from '../pages/use-worker-state';
import {formatNumber, t} from '../shared/i18n';
import {calmPendingMs, hasFailed, isCalm} from './change-state';
import {creditsText, modeName, normalRate, perMinute, perMinuteText, shortNormalRateText} from './offer-facts';
import {OfferMarkers} from './offer-markers';
import {RateSignal} from './rate-signal';
import {useOverdue} from './use-overdue';

type Props = {
	entry: OfferEntry;
	rates: PageView['rates'];
	send: Send;
	onEdit: () => void;
	/** Signed out: the offer is shown as it stands, but nothing can be changed. */
	disabled?: boolean;
};

export const editButtonId = (offerId: number) => `edit-${offerId}`;

/**
One offer: the availability switch first (the thing a performer on cam reaches for), the
title across the row, then the facts with Edit at their end. "Saving…" has its own place
in the facts row, so the card keeps its size while a change goes out.
*/
export function OfferItem({entry, rates, send, onEdit, disabled = false}: Props) {
	const {offer, change} = entry;
	// A change on its way is shown as it will be; refused values are not.
	const shown = shownOffer(entry);
	const offerId = offer.OfferID;
	const titleId = `offer-${offerId}-title`;
	const toggle = useAction(send);
	const rate = normalRate(shown.ModeID, offer, rates);
	const overdue = useOverdue(change !== undefined && !hasFailed(change), calmPendingMs, change?.since);
	const isSaving = change !== undefined && isCalm(change) && !overdue;
	const classes = ['offer', shown.CurrentlyAvailable ? '' : 'offer-off', disabled ? 'offer-disabled' : ''].filter(Boolean).join(' ');

	return (
		<li class={classes} aria-labelledby={titleId}>
			<div class="offer-head">
				<input
					type="checkbox"
					// biome-ignore lint/a11y/useAriaPropsForRole: a native checkbox states its own checked state; ARIA in HTML forbids aria-checked on it
					role="switch"
					class="switch"
					checked={shown.CurrentlyAvailable}
					disabled={disabled}
					aria-label={t('popup_availableFor', shown.Title)}
					onChange={event => void toggle.run({type: 'set-availability', offerId, available: event.currentTarget.checked})}
				/>
				<h2 id={titleId} class="offer-title">
					{shown.Title}
				</h2>
			</div>
			<div class="offer-line">
				<p class="offer-facts">
					<span>{modeName(shown.ModeID)}</span>
					<span>{t('popup_minutes', formatNumber(shown.Duration))}</span>
					{shown.OfferNumber !== undefined && <span>{t('popup_offerNumber', formatNumber(shown.OfferNumber))}</span>}
				</p>
				<p class="saving" aria-live="polite">
					{isSaving ? t('popup_pendingSending') : ''}
				</p>
				<button type="button" id={editButtonId(offerId)} class="small edit" disabled={disabled} aria-label={t('popup_editOffer', shown.Title)} onClick={onEdit}>
					{t('popup_edit')}
				</button>
			</div>
			<p class="offer-facts">
				<span class="price">{creditsText(shown.TotalCredits)}</span>
				<span>{perMinuteText(shown.TotalCredits, shown.Duration)}</span>
				{rate !== undefined && <RateSignal rate={perMinute(shown.TotalCredits, shown.Duration)} normal={rate} />}
				{rate !== undefined && <span>{shortNormalRateText(rate)}</span>}
			</p>
			<OfferMarkers entry={entry} titleId={titleId} isAvailable={shown.CurrentlyAvailable} overdue={overdue} send={send} />
			<ErrorText error={toggle.error} />
		</li>
	);
}
