/*
What the user asks of the write path (the popup, the menus, the shortcut): each request is one
write of the state, then the sender. Imports the rules (`changes/`), the sender, the write queue and `display/publish.ts`.
*/
import type {Draft} from '../../messaging/protocol';
import type {OfferPatch} from '../../model/offer-patch';
import {offerCacheOf, ensureOfferCache, offerKey, requireOfferCache} from '../state/offer-cache';
import {requireScope} from '../state/current-scope';
import {updateState} from '../state/write-queue';
import type {StoredState} from '../state/stored-state';
import {changeState, publishPageView} from '../display/publish';
import {claimIn, maySendAtOnce, sendChange} from './sender';
import type {Claim} from '../changes/claim';
import {discardIntents, recordIntents, retryIntents} from '../changes/intents';

export type Sending = {sending: Promise<void>};

/**
The one write path of every change (popup edit, availability switch, menu click): the
fields the user set are stored as intents before anything is sent, and when the offer may
go at once, claimed for sending in the same write. `alsoInWrite` adds to that write (a menu
click's note of what the menu shows). Resolves once stored; `sending` settles when AdultWork
has answered (or the change waits for a retry).
*/
export async function changeOffer(
	offerId: number,
	patch: OfferPatch,
	{fromForm = false, alsoInWrite}: {fromForm?: boolean; alsoInWrite?: (draft: StoredState) => void} = {},
): Promise<Sending> {
	const scope = await requireScope();
	const claimed = await updateState((draft): Claim => {
		const cache = requireOfferCache(draft, scope);
		const now = Date.now();
		recordIntents(cache, offerId, patch, now);
		alsoInWrite?.(draft);
		if (fromForm) {
			// The form's fields have become intents.
			delete cache.drafts[offerKey(offerId)];
		}

		return maySendAtOnce(scope, offerId) ? claimIn(draft, scope, offerId, now) : undefined;
	});
	return {sending: sendChange(scope, offerId, claimed)};
}

export async function retryChange(offerId: number): Promise<Sending> {
	const scope = await requireScope();
	await changeState(draft => {
		retryIntents(requireOfferCache(draft, scope), offerId, Date.now());
		delete draft.error;
	});
	return {sending: sendChange(scope, offerId)};
}

/** Forgets what was not sent; the offer shows AdultWork's copy again. Never what is on its way, so it is final. */
export async function discardChange(offerId: number): Promise<void> {
	const scope = await requireScope();
	await changeState(draft => {
		discardIntents(requireOfferCache(draft, scope), offerId);
		delete draft.error;
	});
}

/**
An open form's touched fields, kept as typed (even when invalid) so that they survive the popup
closing. Saved on every keystroke. Only the pages show it, so only their view is published.
*/
export async function saveDraft(offerId: number, text: Draft): Promise<void> {
	const scope = await requireScope();
	await updateState(draft => {
		ensureOfferCache(draft, scope).drafts[offerKey(offerId)] = text;
	});
	await publishPageView();
}

export async function discardDraft(offerId: number): Promise<void> {
	const scope = await requireScope();
	await updateState(draft => {
		const cache = offerCacheOf(draft, scope);
		if (cache) {
			delete cache.drafts[offerKey(offerId)];
		}
	});
	await publishPageView();
}
