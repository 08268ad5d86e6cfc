/*
The rules of the write path, as pure changes of one offer cache (a book) and its outbox.
Each runs inside one write of the stored state; the runner does the requests around them.
*/
import {ApiError} from '../../api/api-error';
import type {ErrorInfo} from '../../messaging/protocol';
import type {Offer} from '../../model/offer';
import {buildUpdateRequest, type OfferPatch} from '../../model/offer-patch';
import {type OfferUpdate, validateOfferUpdate} from '../../model/offer-update';
import {invalidOffer, toErrorInfo, waitsForUser, WorkerError} from '../errors';
import {retryDelay} from './retry-delay';
import {findOffer, keepOffer, offerKey} from '../scope';
import type {Book} from '../stored-state';
import {tuning} from '../tuning';
import {emptyEntry, type Field, type FieldValue, hasIntents, isSettled, type OutboxEntry, unconfirmedPatch} from './outbox';

/** A request on its way: the whole offer, and which intent of each field it carries. */
export type SendJob = {request: OfferUpdate; seqs: Record<string, number>};

/** The user set these fields. Each becomes the field's latest intent; a refused or held value of it is over. */
export function recordIntents(book: Book, offerId: number, patch: OfferPatch, now: number): void {
	const offer = findOffer(book, offerId);
	if (!offer) {
		throw new WorkerError('unknown-offer', `Offer ${offerId} is not among the offers shown. Refresh and try again.`);
	}

	const key = offerKey(offerId);
	const entry = book.outbox[key] ?? emptyEntry();
	const check = validateOfferUpdate(buildUpdateRequest(offer, {...unconfirmedPatch(entry), ...patch}));
	if (!check.ok) {
		throw invalidOffer(check.violations);
	}

	for (const [field, value] of Object.entries(patch) as Array<[Field, FieldValue]>) {
		entry.intents[field] = {value, seq: ++book.seq, at: now};
		delete entry.refused[field];
		delete entry.held[field];
	}

	// Set by the user after pause-all was pressed: the list that completes the pause leaves it alone.
	if (patch.CurrentlyAvailable !== undefined && book.pauseAwaitsList && !book.pauseAwaitsList.spared.includes(offerId)) {
		book.pauseAwaitsList.spared.push(offerId);
	}

	// A new intent goes at once, unless AdultWork asked us to wait.
	if (entry.error?.code !== 'rate-limited') {
		delete entry.nextAttemptAt;
	}

	book.outbox[key] = entry;
}

/** Refuses the given intents (all of them when none is named), each with its own words or the general ones. */
function refuse(entry: OutboxEntry, seqs: Record<string, number>, info: ErrorInfo): void {
	const sent = Object.keys(seqs);
	const named = sent.filter(field => info.fieldMessages?.[field] ?? info.violations?.some(violation => violation.field === field));
	for (const field of named.length > 0 ? named : sent) {
		const intent = entry.intents[field];
		// A newer intent of the field came meanwhile: the refusal of the older one is moot.
		if (intent && intent.seq === seqs[field]) {
			const message = info.fieldMessages?.[field] ?? info.violations?.find(violation => violation.field === field)?.message ?? info.serverMessage ?? info.message;
			entry.refused[field] = {value: intent.value, seq: intent.seq, message};
			delete entry.intents[field];
		}
	}
}

const seqsOf = (entry: OutboxEntry) => Object.fromEntries(Object.entries(entry.intents).map(([field, intent]) => [field, intent.seq]));

function tidy(book: Book, key: string): void {
	const entry = book.outbox[key];
	if (entry && isSettled(entry)) {
		delete book.outbox[key];
	}
}

/** `needsCopy`: a list asked for after `seenAfter` must come first. */
export type Claim = {job: SendJob} | {needsCopy: {seenAfter: number}} | undefined;

/**
Takes an offer's intents for sending, built on AdultWork's copy of the offer fetched at most
`freshCopyMs` before, and after any try that may have reached AdultWork without our hearing
of it (else `needsCopy`: the list first, which also shows whether that try arrived). Intents
the copy already holds are confirmed; what the copy and the intents make together must pass the API's rules.
*/
export function claimIntents(book: Book, offerId: number, now: number): Claim {
	const key = offerKey(offerId);
	const entry = book.outbox[key];
	// Only the sender claims, one request at a time: a flight still recorded is a stopped worker's.
	const stoppedFlightAt = entry?.inFlight?.at;
	if (entry && stoppedFlightAt !== undefined) {
		delete entry.inFlight;
		entry.triedAt = Math.max(entry.triedAt ?? stoppedFlightAt, stoppedFlightAt);
	}

	if (!entry || !hasIntents(entry)) {
		tidy(book, key);
		return undefined;
	}

	const offer = findOffer(book, offerId);
	const seenAt = book.seenAt[key] ?? Number.NEGATIVE_INFINITY;
	// A stopped worker's request, or one whose answer was lost, may have reached AdultWork.
	const seenAfter = Math.max(now - tuning.freshCopyMs, entry.triedAt ?? Number.NEGATIVE_INFINITY);
	// Without a list there is no way to read an offer again: our last copy is the only one.
	const listed = book.noOfferList || seenAt >= seenAfter;
	if (offer && !listed) {
		const listIsFresh = book.fetchedAt !== undefined && book.fetchedAt >= seenAfter;
		if (!listIsFresh) {
			return {needsCopy: {seenAfter}};
		}
	}

	if (!offer || !listed) {
		refuse(entry, seqsOf(entry), toErrorInfo(new WorkerError('unknown-offer', 'AdultWork no longer lists this offer.')));
		tidy(book, key);
		return undefined;
	}

	for (const [field, intent] of Object.entries(entry.intents)) {
		if (offer[field as Field] === intent.value) {
			delete entry.intents[field];
		}
	}

	if (!hasIntents(entry)) {
		tidy(book, key);
		return undefined;
	}

	const check = validateOfferUpdate(buildUpdateRequest(offer, unconfirmedPatch(entry)));
	if (!check.ok) {
		refuse(entry, seqsOf(entry), toErrorInfo(invalidOffer(check.violations)));
		tidy(book, key);
		return undefined;
	}

	const seqs = seqsOf(entry);
	entry.inFlight = {seqs, at: now};
	return {job: {request: check.value, seqs}};
}

/** AdultWork took the request: its answer is the new copy, and the intents it carried are done. */
export function settleSuccess(book: Book, offerId: number, job: SendJob, offer: Offer, now: number): void {
	const key = offerKey(offerId);
	keepOffer(book, offer, now);
	const entry = book.outbox[key];
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
	tidy(book, key);
}

const isRefusal = (error: unknown) => error instanceof ApiError && ['validation', 'forbidden', 'not-found'].includes(error.kind);

/**
The request failed. A refusal (400, 403, 404) holds back only its own fields, with AdultWork's
words; a missing sign-in or access waits for the user; anything else (network, timeout, 429,
5xx, an answer we could not read) is tried again later, waiting longer each time.
*/
export function settleFailure(book: Book, offerId: number, job: SendJob | undefined, error: unknown, now: number): void {
	const key = offerKey(offerId);
	const entry = book.outbox[key];
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

	tidy(book, key);
}

/** The user's Retry (or Send): refused and held values go out again, and a change that backs off or gave up goes now. */
export function retryIntents(book: Book, offerId: number, now: number): void {
	const key = offerKey(offerId);
	const entry = book.outbox[key];
	if (!entry) {
		throw new WorkerError('no-pending-change', 'This offer has no change waiting.');
	}

	for (const [field, {value}] of [...Object.entries(entry.held), ...Object.entries(entry.refused)]) {
		entry.intents[field] = {value, seq: ++book.seq, at: now};
	}

	entry.refused = {};
	entry.held = {};
	entry.failures = 0;
	delete entry.failingSince;
	delete entry.nextAttemptAt;
	delete entry.error;
}

/**
The user's Discard, final: refused and held values go when there are any (what is on its way
is not touched), else the unsent change, which must then have nothing on its way.
*/
export function discardIntents(book: Book, offerId: number): void {
	const key = offerKey(offerId);
	const entry = book.outbox[key];
	if (!entry) {
		return;
	}

	if (Object.keys(entry.refused).length > 0 || Object.keys(entry.held).length > 0) {
		entry.refused = {};
		entry.held = {};
	} else if (entry.inFlight) {
		throw new WorkerError('change-in-flight', 'This change is on its way to AdultWork; it can no longer be discarded.');
	} else {
		delete book.outbox[key];
	}

	tidy(book, key);
}

/** At a sign-in: intents made longer ago than `holdAfterMs` are not sent silently; they wait for the user's Send. */
export function holdOldIntents(book: Book, now: number): void {
	for (const entry of Object.values(book.outbox)) {
		for (const [field, intent] of Object.entries(entry.intents)) {
			if (now - intent.at > tuning.holdAfterMs && entry.inFlight?.seqs[field] !== intent.seq) {
				entry.held[field] = intent;
				delete entry.intents[field];
			}
		}
	}
}
