import {ApiError} from '../api/api-error';
import type {ErrorInfo} from '../messaging/protocol';
import type {Offer} from '../model/offer';
import {buildUpdateRequest, changedFields, type OfferPatch} from '../model/offer-patch';
import {type OfferUpdate, validateOfferUpdate} from '../model/offer-update';
import {invalidOffer, toErrorInfo, waitsForUser, WorkerError} from './errors';
import {retryDelay} from './retry-schedule';
import {bookOf, findOffer, isSendable, offerKey} from './scope';
import type {Book, Durable, Scope} from './stored-state';
import {tuning} from './tuning';

/**
The steps of the write path, as pure changes of the state: a change is proposed (merged
into the offer's pending patch), claimed for sending, then settled by the answer. Each
runs inside one `updateState`, so the stored state is always one of these steps.
*/
export type SendJob = {request: OfferUpdate; sent: OfferPatch};

const isEmpty = (patch: OfferPatch) => Object.keys(patch).length === 0;

/** Merges a change into the offer's pending patch. The whole offer it would make must pass the API's rules. */
export function proposeChange(book: Book, offerId: number, patch: OfferPatch): void {
	const offer = findOffer(book, offerId);
	if (!offer) {
		throw new WorkerError('unknown-offer', `Offer ${offerId} is not among the offers shown. Refresh and try again.`);
	}

	const key = offerKey(offerId);
	const previous = book.pending[key];
	const merged = {...previous?.patch, ...patch};
	const check = validateOfferUpdate(buildUpdateRequest(offer, merged));
	if (!check.ok) {
		throw invalidOffer(check.violations);
	}

	if (previous?.status === 'sending') {
		// The answer in flight removes only what it sent; the rest waits for the next send.
		book.pending[key] = {...previous, patch: merged};
		return;
	}

	const changed = changedFields(offer, merged);
	if (isEmpty(changed)) {
		delete book.pending[key];
		return;
	}

	// A new intent is tried at once, except while AdultWork asked us to wait.
	const rateLimited = previous?.error?.code === 'rate-limited' && previous.nextAttemptAt !== undefined;
	book.pending[key] = rateLimited ? {...previous, patch: changed, status: 'waiting', attempts: 0} : {patch: changed, status: 'waiting', attempts: 0};
}

/** A change refused before sending (a menu click has no form to show it in): kept as failed, to retry or discard. */
export function recordRefusedChange(draft: Durable, book: Book, offerId: number, patch: OfferPatch, error: ErrorInfo): void {
	const key = offerKey(offerId);
	book.pending[key] = {patch: {...book.pending[key]?.patch, ...patch}, status: 'failed', attempts: 0, error};
	draft.error = describedFailure(book, offerId, error);
}

function describedFailure(book: Book, offerId: number, error: ErrorInfo): ErrorInfo {
	const title = findOffer(book, offerId)?.Title ?? `Offer ${offerId}`;
	return {...error, message: `${title}: ${error.message}`};
}

/**
Takes the offer's patch for sending, when it is due and may be sent with the current
token: the full PUT is built from the freshest confirmed offer plus the fields that still
differ. A `sending` change found here was left by a stopped worker, and is due.
*/
export function claimChange(draft: Durable, scope: Scope, offerId: number, now: number): SendJob | undefined {
	const book = bookOf(draft, scope);
	const key = offerKey(offerId);
	const change = book?.pending[key];
	if (!book || !change || change.status === 'failed' || !isSendable(draft, scope)) {
		return undefined;
	}

	if (change.status === 'waiting' && change.nextAttemptAt !== undefined && change.nextAttemptAt > now) {
		return undefined;
	}

	const offer = findOffer(book, offerId);
	if (!offer) {
		recordRefusedChange(draft, book, offerId, {}, toErrorInfo(new WorkerError('unknown-offer', 'AdultWork no longer lists this offer.')));
		return undefined;
	}

	const sent = changedFields(offer, change.patch);
	if (isEmpty(sent)) {
		delete book.pending[key];
		return undefined;
	}

	const check = validateOfferUpdate(buildUpdateRequest(offer, sent));
	if (!check.ok) {
		recordRefusedChange(draft, book, offerId, {}, toErrorInfo(invalidOffer(check.violations)));
		return undefined;
	}

	book.pending[key] = {...change, status: 'sending', attempts: change.attempts + 1, nextAttemptAt: now + tuning.stalledSendMs};
	return {request: check.value, sent};
}

const isRetryable = (error: unknown) => error instanceof ApiError && (error.transient || error.kind === 'bad-response');

/**
After a failed send: waiting AdultWork out (network, timeout, 429, 5xx, an answer we could
not read) with a growing wait; waiting for a sign-in or for access to the API; or kept as
failed with AdultWork's words (400, 403, 404), for the user to retry or discard.
*/
export function recordSendFailure(draft: Durable, scope: Scope, offerId: number, error: unknown, now: number): void {
	const book = bookOf(draft, scope);
	const key = offerKey(offerId);
	const change = book?.pending[key];
	if (!book || !change) {
		return;
	}

	const info = toErrorInfo(error);
	const {nextAttemptAt: _, ...rest} = change;
	if (waitsForUser(error)) {
		book.pending[key] = {...rest, status: 'waiting', error: info};
	} else if (isRetryable(error)) {
		const wait = retryDelay(change.attempts, (error as ApiError).retryAfterMs);
		book.pending[key] = {...rest, status: 'waiting', nextAttemptAt: now + wait, error: info};
	} else {
		book.pending[key] = {...rest, status: 'failed', error: info};
		draft.error = describedFailure(book, offerId, info);
	}
}

/** After a confirmed send: the answer becomes the offer, and only what was sent leaves the patch. */
export function recordSendSuccess(draft: Durable, scope: Scope, offerId: number, job: SendJob, offer: Offer, now: number): void {
	const book = bookOf(draft, scope);
	const key = offerKey(offerId);
	if (!book) {
		return;
	}

	const index = book.offers.findIndex(known => known.OfferID === offerId);
	book.offers.splice(index === -1 ? book.offers.length : index, index === -1 ? 0 : 1, offer);
	book.confirmedAt[key] = now;
	const change = book.pending[key];
	if (!change) {
		return;
	}

	const unsent = Object.fromEntries(Object.entries(change.patch)
		.filter(([field, value]) => job.sent[field as keyof OfferPatch] !== value)) as OfferPatch;
	const rest = changedFields(offer, unsent);
	if (isEmpty(rest)) {
		delete book.pending[key];
	} else {
		book.pending[key] = {patch: rest, status: 'waiting', attempts: 0};
	}
}
