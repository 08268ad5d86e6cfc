import type {OfferPatch} from '../model/offer-patch';
import type {Draft} from '../messaging/protocol';
import {claimChange, proposeChange} from './change-steps';
import {notSignedIn, WorkerError} from './errors';
import {maySendAtOnce, sendChange} from './offer-sender';
import {bookOf, currentScope, ensureBook, offerKey} from './scope';
import {readState, updateState} from './store';
import type {Book, Durable, Scope} from './stored-state';
import {changeState, publishPageView} from './views';

/** The offers being shown; changes need someone to belong to, even while signed out (they are sent after the next sign-in). */
export async function requireScope(): Promise<Scope> {
	const scope = currentScope(await readState());
	if (!scope) {
		throw notSignedIn();
	}

	return scope;
}

export function requireBook(draft: Durable, scope: Scope): Book {
	const book = bookOf(draft, scope);
	if (!book) {
		throw new WorkerError('unknown-offer', 'There are no offers yet. Refresh first.');
	}

	return book;
}

/**
The one write path of every change (popup edit, availability toggle, menu click, pause):
stored as pending before anything is sent. Resolves once stored; `sending` settles when
AdultWork has answered (or the change waits for a retry).
*/
export async function changeOffer(offerId: number, patch: OfferPatch, {fromForm = false} = {}): Promise<{sending: Promise<void>}> {
	const scope = await requireScope();
	// Published by the sender once the request is on its way (or once it knows it cannot send it now).
	const claimed = await updateState(draft => {
		const book = requireBook(draft, scope);
		proposeChange(book, offerId, patch);
		if (fromForm) {
			// The form's text has become the pending change.
			delete book.drafts[offerKey(offerId)];
		}

		// When it may go at once, stored and claimed for sending in one write: one trip to storage less.
		return maySendAtOnce(scope, offerId) ? claimChange(draft, scope, offerId, Date.now()) : undefined;
	});
	return {sending: sendChange(scope, offerId, claimed)};
}

export async function retryChange(offerId: number): Promise<{sending: Promise<void>}> {
	const scope = await requireScope();
	await changeState(draft => {
		const book = requireBook(draft, scope);
		const change = book.pending[offerKey(offerId)];
		if (!change) {
			throw new WorkerError('no-pending-change', 'This offer has no change waiting.');
		}

		book.pending[offerKey(offerId)] = {patch: change.patch, status: change.status === 'sending' ? 'sending' : 'waiting', attempts: change.attempts};
		delete draft.error;
	});
	return {sending: sendChange(scope, offerId)};
}

/** Forgets a change that was not sent yet; the offer shows its confirmed state again. */
export async function discardChange(offerId: number): Promise<void> {
	const scope = await requireScope();
	await changeState(draft => {
		delete requireBook(draft, scope).pending[offerKey(offerId)];
		delete draft.error;
	});
}

/**
A form's raw text, kept as typed (even when invalid) so that it survives the popup closing.
Saved on every keystroke. Only the pages show it, so only their view is published: a popup
opened later paints from that view and must reopen the form.
*/
export async function saveDraft(offerId: number, text: Draft): Promise<void> {
	const scope = await requireScope();
	await updateState(draft => {
		ensureBook(draft, scope).drafts[offerKey(offerId)] = text;
	});
	await publishPageView();
}

export async function discardDraft(offerId: number): Promise<void> {
	const scope = await requireScope();
	await updateState(draft => {
		const book = bookOf(draft, scope);
		if (book) {
			delete book.drafts[offerKey(offerId)];
		}
	});
	await publishPageView();
}
