import type {OfferEntry, PendingChange} from '../messaging/protocol';
import {ErrorText} from '../pages/error-text';
import {formatClock} from '../pages/format-time';
import {t} from '../pages/i18n';
import {useAction} from '../pages/use-action';
import type {Send} from '../pages/use-worker-state';

type Props = {
	entry: OfferEntry;
	/** The element that names the offer, so "Retry" reads as "Retry, Slow dance". */
	titleId: string;
	/** As the switch shows it: a switched-off offer is unpurchasable anyway, so that says nothing new. */
	isAvailable: boolean;
	send: Send;
};

function pendingText(pending: PendingChange): string {
	switch (pending.status) {
		case 'sending': {
			return t('popup_pendingSending');
		}

		case 'failed': {
			return t('popup_pendingFailed', pending.error?.serverMessage ?? pending.error?.message ?? '');
		}

		default: {
			return pending.nextAttemptAt === undefined
				? t('popup_pendingWaiting')
				: t('popup_pendingRetryAt', formatClock(pending.nextAttemptAt));
		}
	}
}

/** What is special about an offer right now: an unsent or refused change, an unsaved edit, its purchase state. */
export function OfferMarkers({entry, titleId, isAvailable, send}: Props) {
	const {offer, pending, draft} = entry;
	const action = useAction(send);
	const offerId = offer.OfferID;
	const cannotBeBought = isAvailable && offer.CanPurchase === false;
	return (
		<div class="markers" aria-live="polite">
			{(offer.Incomplete === true || cannotBeBought || draft) && (
				<ul class="tags">
					{offer.Incomplete === true && <li class="tag tag-info" title={t('popup_incompleteHint')}>{t('popup_incomplete')}</li>}
					{cannotBeBought && <li class="tag tag-warn">{t('popup_notPurchasable')}</li>}
					{draft && <li class="tag">{t('popup_unsavedEdit')}</li>}
				</ul>
			)}
			{pending && (
				<div class={`pending pending-${pending.status}`}>
					<p class="marker-text">{pendingText(pending)}</p>
					<button type="button" class="small" aria-describedby={titleId} onClick={() => void action.run({type: 'retry-change', offerId})}>
						{t('popup_retry')}
					</button>
					<button type="button" class="small" aria-describedby={titleId} onClick={() => void action.run({type: 'discard-change', offerId})}>
						{t('popup_discard')}
					</button>
				</div>
			)}
			<ErrorText error={action.error}/>
		</div>
	);
}
