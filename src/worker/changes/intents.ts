/*
The user's side of the write path, as pure changes of one offer cache and its outbox:
intents made, refused, retried, discarded and held. Pure; the sender's side is in claim.ts.
*/
import type {ErrorInfo} from '../../messaging/protocol';
import {buildUpdateRequest, type OfferPatch} from '../../model/offer-patch';
import {validateOfferUpdate} from '../../model/offer-update';
import {invalidOffer, WorkerError} from '../lib/errors';
import {findOffer, offerKey} from '../state/offer-cache';
import type {OfferCache} from '../state/stored-state';
import {tuning} from '../lib/tuning';
import {emptyEntry, type Field, type FieldValue, isSettled, type OutboxEntry, unconfirmedPatch} from '../state/outbox';
import {t} from '../../shared/i18n';

/** The user set these fields. Each becomes the field's latest intent; a refused or held value of it is over. */
export function recordIntents(cache: OfferCache, offerId: number, patch: OfferPatch, now: number): void {
	const offer = findOffer(cache, offerId);
	if (!offer) {
		throw new WorkerError('unknown-offer', t('error_offerNotShown', offerId));
	}

	const key = offerKey(offerId);
	const entry = cache.outbox[key] ?? emptyEntry();
	const check = validateOfferUpdate(buildUpdateRequest(offer, {...unconfirmedPatch(entry), ...patch}));
	if (!check.ok) {
		throw invalidOffer(check.violations);
	}

	for (const [field, value] of Object.entries(patch) as Array<[Field, FieldValue]>) {
		entry.intents[field] = {value, seq: ++cache.seq, at: now};
		delete entry.refused[field];
		delete entry.held[field];
	}

	// Set by the user after pause-all was pressed: the list that completes the pause leaves it alone.
	if (patch.CurrentlyAvailable !== undefined && cache.pauseAwaitsList && !cache.pauseAwaitsList.spared.includes(offerId)) {
		cache.pauseAwaitsList.spared.push(offerId);
	}

	// A new intent goes at once, unless AdultWork asked us to wait.
	if (entry.error?.code !== 'rate-limited') {
		delete entry.nextAttemptAt;
	}

	cache.outbox[key] = entry;
}

export /** Refuses the given intents (all of them when none is named), each with its own words or the general ones. */
function refuse(entry: OutboxEntry, seqs: Record<string, number>, info: ErrorInfo): void {
	const sent = Object.keys(seqs);
	const named = sent.filter(field => info.fieldMessages?.[field] ?? info.violations?.some(violation => violation.field === field));
	for (const field of named.length > 0 ? named : sent) {
		const intent = entry.intents[field];
		// A newer intent of the field came meanwhile: the refusal of the older one is moot.
		if (intent && intent.seq === seqs[field]) {
			const message =
				info.fieldMessages?.[field] ?? info.violations?.find(violation => violation.field === field)?.message ?? info.serverMessage ?? info.message;
			entry.refused[field] = {value: intent.value, seq: intent.seq, message};
			delete entry.intents[field];
		}
	}
}

export const seqsOf = (entry: OutboxEntry) => Object.fromEntries(Object.entries(entry.intents).map(([field, intent]) => [field, intent.seq]));

export function tidy(cache: OfferCache, key: string): void {
	const entry = cache.outbox[key];
	if (entry && isSettled(entry)) {
		delete cache.outbox[key];
	}
}

/** The user's Retry (or Send): refused and held values go out again, and a change that backs off or gave up goes now. */
export function retryIntents(cache: OfferCache, offerId: number, now: number): void {
	const key = offerKey(offerId);
	const entry = cache.outbox[key];
	if (!entry) {
		throw new WorkerError('no-pending-change', t('error_noChangeWaiting'));
	}

	for (const [field, {value}] of [...Object.entries(entry.held), ...Object.entries(entry.refused)]) {
		entry.intents[field] = {value, seq: ++cache.seq, at: now};
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
export function discardIntents(cache: OfferCache, offerId: number): void {
	const key = offerKey(offerId);
	const entry = cache.outbox[key];
	if (!entry) {
		return;
	}

	if (Object.keys(entry.refused).length > 0 || Object.keys(entry.held).length > 0) {
		entry.refused = {};
		entry.held = {};
	} else if (entry.inFlight) {
		throw new WorkerError('change-in-flight', t('error_changeInFlight'));
	} else {
		delete cache.outbox[key];
	}

	tidy(cache, key);
}

/** At a sign-in: intents made longer ago than `holdAfterMs` are not sent silently; they wait for the user's Send. */
export function holdOldIntents(cache: OfferCache, now: number): void {
	for (const entry of Object.values(cache.outbox)) {
		for (const [field, intent] of Object.entries(entry.intents)) {
			if (now - intent.at > tuning.holdAfterMs && entry.inFlight?.seqs[field] !== intent.seq) {
				entry.held[field] = intent;
				delete entry.intents[field];
			}
		}
	}
}
