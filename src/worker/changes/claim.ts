/*
The sender's side of the write path, as pure changes of one offer cache: intents claimed for
a request built on a fresh copy, then settled by AdultWork's answer. Pure, like intents.ts.
*/
import {ApiError} from '../../api/api-error';
import type {Offer} from '../../model/offer';
import {buildUpdateRequest} from '../../model/offer-patch';
import {type OfferUpdate, validateOfferUpdate} from '../../model/offer-update';
import {invalidOffer, toErrorInfo, waitsForUser, WorkerError} from '../lib/errors';
import {findOffer, keepOffer, offerKey} from '../state/offer-cache';
import type {OfferCache} from '../state/stored-state';
import {tuning} from '../lib/tuning';
import {refuse, seqsOf, tidy} from './intents';
import {type Field, hasIntents, unconfirmedPatch} from '../state/outbox';
import {retryDelay} from './retry-delay';
import {t} from '../../shared/i18n';

/** A request on its way: the whole offer, and which intent of each field it carries. */
export type SendJob = {request: OfferUpdate; seqs: Record<string, number>};

/** `needsCopy`: a list asked for after `seenAfter` must come first. */
export type Claim = {job: SendJob} | {needsCopy: {seenAfter: number}} | undefined;

/**
Takes an offer's intents for sending, built on AdultWork's copy of the offer fetched at most
`freshCopyMs` before, and after any try that may have reached AdultWork without our hearing
of it (else `needsCopy`: the list first, which also shows whether that try arrived). Intents
the copy already holds are confirmed; what the copy and the intents make together must pass the API's rules.
*/
export function claimIntents(cache: OfferCache, offerId: number, now: number): Claim {
	const key = offerKey(offerId);
	const entry = cache.outbox[key];
	// Only the sender claims, one request at a time: a flight still recorded is a stopped worker's.
	const stoppedFlightAt = entry?.inFlight?.at;
	if (entry && stoppedFlightAt !== undefined) {
		delete entry.inFlight;
		entry.triedAt = Math.max(entry.triedAt ?? stoppedFlightAt, stoppedFlightAt);
	}

	if (!entry || !hasIntents(entry)) {
		tidy(cache, key);
		return undefined;
	}

	const offer = findOffer(cache, offerId);
	const seenAt = cache.seenAt[key] ?? Number.NEGATIVE_INFINITY;
	// A stopped worker's request, or one whose answer was lost, may have reached AdultWork.
	// Strictly after a try: a copy from the same millisecond may have been read before that try landed.
	const seenAfter = Math.max(now - tuning.freshCopyMs, (entry.triedAt ?? Number.NEGATIVE_INFINITY) + 1);
	// Without a list there is no way to read an offer again: our last copy is the only one.
	const listed = cache.noOfferList || seenAt >= seenAfter;
	if (offer && !listed) {
		const listIsFresh = cache.fetchedAt !== undefined && cache.fetchedAt >= seenAfter;
		if (!listIsFresh) {
			return {needsCopy: {seenAfter}};
		}
	}

	if (!offer || !listed) {
		refuse(entry, seqsOf(entry), toErrorInfo(new WorkerError('unknown-offer', t('error_offerGone'))));
		tidy(cache, key);
		return undefined;
	}

	for (const [field, intent] of Object.entries(entry.intents)) {
		if (offer[field as Field] === intent.value) {
			delete entry.intents[field];
		}
	}

	if (!hasIntents(entry)) {
		tidy(cache, key);
		return undefined;
	}

	const check = validateOfferUpdate(buildUpdateRequest(offer, unconfirmedPatch(entry)));
	if (!check.ok) {
		refuse(entry, seqsOf(entry), toErrorInfo(invalidOffer(check.violations)));
		tidy(cache, key);
		return undefined;
	}

	const seqs = seqsOf(entry);
	entry.inFlight = {seqs, at: now};
	return {job: {request: check.value, seqs}};
}

/** AdultWork took the request: its answer is the new copy, and the intents it carried are done. */
export function settleSuccess(cache: OfferCache, offerId: number, job: SendJob, offer: Offer, now: number): void {
	const key = offerKey(offerId);
	keepOffer(cache, offer, now);
	const entry = cache.outbox[key];
	if (!entry) {
		return;
	}

	for (const [field, seq] of Object.entries(job.seqs)) {
		if (entry.intents[field]?.seq === seq) {
			delete entry.intents[field];
		}
	}

	delete entry.inFlight;
	delete entry.nextAttemptAt;
	delete entry.failingSince;
	delete entry.triedAt;
	delete entry.error;
	entry.failures = 0;
	tidy(cache, key);
}

const isRefusal = (error: unknown) => error instanceof ApiError && ['validation', 'forbidden', 'not-found'].includes(error.kind);

/**
The request failed. A refusal (400, 403, 404) holds back only its own fields, with AdultWork's
words; a missing sign-in or access waits for the user; anything else (network, timeout, 429,
5xx, an answer we could not read) is tried again later, waiting longer each time.
*/
export function settleFailure(cache: OfferCache, offerId: number, job: SendJob | undefined, error: unknown, now: number): void {
	const key = offerKey(offerId);
	const entry = cache.outbox[key];
	if (!entry) {
		return;
	}

	delete entry.inFlight;
	const info = toErrorInfo(error);
	if (isRefusal(error)) {
		refuse(entry, job?.seqs ?? seqsOf(entry), info);
	} else if (waitsForUser(error)) {
		entry.error = info;
		delete entry.nextAttemptAt;
	} else {
		entry.failures++;
		entry.failingSince ??= now;
		entry.triedAt = job ? now : entry.triedAt;
		entry.nextAttemptAt = now + retryDelay(entry.failures, error instanceof ApiError ? error.retryAfterMs : undefined);
		entry.error = info;
	}

	tidy(cache, key);
}
