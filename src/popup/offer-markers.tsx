import type {Change, OfferEntry} from '../messaging/protocol';
import {ErrorText} from '../pages/error-text';
import {failureText} from '../pages/failure-text';
import {formatClock} from '../pages/format-time';
import {t} from '../shared/i18n';
import {useAction} from '../pages/use-action';
import type {Send} from '../pages/use-worker-state';
import {hasFailed, isCalm} from './change-state';

type Props = {
	entry: OfferEntry;
	/** The element that names the offer, so "Retry" reads as "Retry, Slow dance". */
	titleId: string;
	/** As the switch shows it: a switched-off offer is unpurchasable anyway, so that says nothing new. */
	isAvailable: boolean;
	/** A change has been on its way longer than the popup stays calm about. */
	overdue: boolean;
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
			// Said by the refused and held lines, which may stand beside another status.
			return '';
		}
	}
}

/** The change's lines: where it stands, AdultWork's words once, and what the user can do. */
function changeLines(change: Change): string[] {
	const refusals = [...new Set(Object.values(change.refused).map(({message}) => message))];
	const lines = isCalm(change) ? [t('popup_pendingSlow')] : [changeText(change)];
	if (change.error) {
		const {summary, said} = failureText(change.error);
		// A refusal's words are usually the error's own: said once, beside the field.
		if (!refusals.includes(said ?? summary ?? '')) {
			lines.push(said ? t('common_serverSaid', said) : (summary ?? ''));
		}
	}

	lines.push(...refusals.map(message => t('popup_pendingFailed', message)));
	if (refusals.length > 0) {
		lines.push(t('popup_refusedHint'));
	}

	if (Object.keys(change.held).length > 0) {
		lines.push(t('popup_pendingHeld'));
	}

	return lines.filter(Boolean);
}

/**
What is special about an offer right now: an unsent or refused change, an unsaved edit, its
purchase state. A change on its way is the offer's inline "Saving…" until it fails or is
overdue; only then do its lines, Retry and Discard appear.
*/
export function OfferMarkers({entry, titleId, isAvailable, overdue, send}: Props) {
	const {offer, change, draft} = entry;
	const held = change !== undefined && Object.keys(change.held).length > 0;
	const action = useAction(send);
	const offerId = offer.OfferID;
	const cannotBeBought = isAvailable && offer.CanPurchase === false;
	const isShown = change !== undefined && (overdue || !isCalm(change));
	const canAct = change !== undefined && (overdue || hasFailed(change));
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
			{change && isShown && (
				<div class={`pending pending-${change.status}${hasFailed(change) ? ' pending-failed' : ''}`}>
					{changeLines(change).map(line => (
						<p key={line} class="marker-text">
							{line}
						</p>
					))}
					{canAct && (
						<button type="button" class="small" aria-describedby={titleId} onClick={() => void action.run({type: 'retry-change', offerId})}>
							{t(held ? 'popup_send' : 'popup_retry')}
						</button>
					)}
					{canAct && change.canDiscard && (
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
