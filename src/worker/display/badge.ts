import browser from 'webextension-polyfill';
import {t} from '../../shared/i18n';
import {hasIntents} from '../state/outbox';
import {findOffer, intendedOffer, isSendable} from '../state/offer-cache';
import type {StoredState} from '../state/stored-state';

export type BadgeView = {
	signedIn: boolean;
	/** Changes waiting to be sent or being sent, for the signed-in user. */
	pending: number;
	/** Why the first refused change was refused, with its offer's title. */
	failure?: string;
	paused: boolean;
};

export type Badge = {text: string; title: string; color: string};

/** Only what needs the user speaks up: a problem first, then work in progress, then the pause. */
export function badgeFor(view: BadgeView): Badge {
	if (!view.signedIn) {
		return {text: '!', title: t('badge_signedOut'), color: '#b3261e'};
	}

	if (view.failure) {
		return {text: '!', title: t('badge_changeFailed', view.failure), color: '#b3261e'};
	}

	if (view.pending > 0) {
		return {text: String(view.pending), title: t('badge_pendingChanges', view.pending), color: '#3f51b5'};
	}

	if (view.paused) {
		return {text: '❚❚', title: t('badge_paused'), color: '#e37400'};
	}

	return {text: '', title: t('badge_allWell'), color: '#3f51b5'};
}

export function badgeView(state: StoredState, signedIn: boolean, currentCacheKey: string | undefined): BadgeView {
	let pending = 0;
	let failure: string | undefined;
	for (const cache of Object.values(state.offerCaches)) {
		if (!isSendable(state, cache.scope)) {
			continue;
		}

		for (const [offerId, entry] of Object.entries(cache.outbox)) {
			if (hasIntents(entry) || entry.inFlight) {
				pending++;
			}

			const refusal = Object.values(entry.refused)[0];
			if (refusal && !failure) {
				const offer = findOffer(cache, Number(offerId));
				const title = offer ? intendedOffer(cache, offer).Title : `#${offerId}`;
				failure = `${title}: ${refusal.message}`;
			}
		}
	}

	const paused = currentCacheKey !== undefined && (state.offerCaches[currentCacheKey]?.pausedOfferIds.length ?? 0) > 0;
	return {signedIn, pending, failure, paused};
}

export async function showBadge(badge: Badge): Promise<void> {
	await Promise.all([
		browser.action.setBadgeText({text: badge.text}),
		browser.action.setTitle({title: badge.title}),
		browser.action.setBadgeBackgroundColor({color: badge.color}),
	]);
}
