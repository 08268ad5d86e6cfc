import type {Change, OfferEntry} from '../messaging/protocol';
import {ErrorText} from '../pages/error-text';
import {formatClock} from '../pages/format-time';
import {t} from '../shared/i18n';
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

function changeText(change: Change): string {
	switch (change.status) {
		case 'due':
		case 'sending': {
			return t('popup_pendingSending');
		}

		case 'backing-off': {
			return change.nextAttemptAt === undefined ? t('popup_pendingWaiting') : t('popup_pendingRetryAt', formatClock(change.nextAttemptAt));
		}

		case 'waiting-for-sign-in': {
			return t('popup_pendingSignIn');
		}

		case 'waiting-for-access': {
			return t('popup_pendingAccess');
		}

		case 'given-up': {
			return t('popup_pendingGivenUp');
		}

		case 'held':
		case 'refused': {
			// Shown by their own lines, which may stand beside another status.
			return '';
		}
	}
}

/** What is special about an offer right now: an unsent or refused change, an unsaved edit, its purchase state. */
export function OfferMarkers({entry, titleId, isAvailable, send}: Props) {
	const {offer, change, draft} = entry;
	const held = change !== undefined && Object.keys(change.held).length > 0;
	const action = useAction(send);
	const offerId = offer.OfferID;
	const cannotBeBought = isAvailable && offer.CanPurchase === false;
	return (
		<div class="markers" aria-live="polite">
			{(offer.Incomplete === true || cannotBeBought || draft) && (
				<ul class="tags">
					{offer.Incomplete === true && (
						<li class="tag tag-info" title={t('popup_incompleteHint')}>
							{t('popup_incomplete')}
						</li>
					)}
					{cannotBeBought && <li class="tag tag-warn">{t('popup_notPurchasable')}</li>}
					{draft && <li class="tag">{t('popup_unsavedEdit')}</li>}
				</ul>
			)}
			{change && (
				<div class={`pending pending-${change.status}`}>
					{!['refused', 'held'].includes(change.status) && <p class="marker-text">{changeText(change)}</p>}
					{Object.entries(change.refused).map(([field, {message}]) => (
						<p key={field} class="marker-text">
							{t('popup_pendingFailed', message)}
						</p>
					))}
					{held && <p class="marker-text">{t('popup_pendingHeld')}</p>}
					<button type="button" class="small" aria-describedby={titleId} onClick={() => void action.run({type: 'retry-change', offerId})}>
						{t(held ? 'popup_send' : 'popup_retry')}
					</button>
					{change.canDiscard && (
						<button type="button" class="small" aria-describedby={titleId} onClick={() => void action.run({type: 'discard-change', offerId})}>
							{t('popup_discard')}
						</button>
					)}
				</div>
			)}
			<ErrorText error={action.error} />
		</div>
	);
}
