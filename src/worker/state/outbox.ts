/*
The outbox record of one offer: what the user asked for and AdultWork has not confirmed yet.
Pure: imports the model, the protocol's types and the tuning. The rules and the runner use it.
*/
import {boolean, type Infer, integer, number, object, optional, record, string, union} from 'superstruct';
import {type Change, type ChangeStatus, ErrorInfoStruct} from '../../messaging/protocol';
import type {OfferPatch} from '../../model/offer-patch';
import {tuning} from '../lib/tuning';

export type Field = keyof OfferPatch;
export type FieldValue = NonNullable<OfferPatch[Field]>;
const FieldValueStruct = union([string(), number(), boolean()]);

export const OutboxEntryStruct = object({
	/** Each field the user set, with its value, when, and its place in the order of intents. */
	intents: record(string(), object({value: FieldValueStruct, seq: integer(), at: number()})),
	/** The request on its way: which intent of each field it carries, and when it left. */
	inFlight: optional(object({seqs: record(string(), integer()), at: number()})),
	/** What AdultWork refused, with its words; held back until the user edits, retries or discards it. */
	refused: record(string(), object({value: FieldValueStruct, seq: integer(), message: string()})),
	/** Intents made long before the sign-in that would send them: they wait for the user's Send or Discard. */
	held: record(string(), object({value: FieldValueStruct, seq: integer(), at: number()})),
	/** Tries that failed in a row for a passing reason, and since when: a day of them and it stops. */
	failures: integer(),
	failingSince: optional(number()),
	/** Backing off until then. */
	nextAttemptAt: optional(number()),
	/** When the last try failed in a way that may have reached AdultWork: the next is built on a copy seen after it. */
	triedAt: optional(number()),
	/** Why the last try failed. */
	error: optional(ErrorInfoStruct),
});
export type OutboxEntry = Infer<typeof OutboxEntryStruct>;

export const emptyEntry = (): OutboxEntry => ({intents: {}, refused: {}, held: {}, failures: 0});

/** The values the user set and AdultWork has not confirmed, refused ones aside: what the offer becomes. */
export function unconfirmedPatch(entry: OutboxEntry | undefined): OfferPatch {
	return valuesOf(entry?.intents ?? {});
}

const isEmpty = (fields: Record<string, unknown>) => Object.keys(fields).length === 0;
export const hasIntents = (entry: OutboxEntry) => !isEmpty(entry.intents);
/** Nothing left to send, to show or to wait for: the record can go. */
export const isSettled = (entry: OutboxEntry) => !hasIntents(entry) && isEmpty(entry.refused) && isEmpty(entry.held) && !entry.inFlight;

const valuesOf = (fields: Record<string, {value: FieldValue}>) =>
	Object.fromEntries(Object.entries(fields).map(([field, {value}]) => [field, value])) as OfferPatch;

/** A day of failures, then it stops retrying by itself; the user's Retry starts over. */
export const hasGivenUp = (entry: OutboxEntry, now: number) => entry.failingSince !== undefined && now - entry.failingSince >= tuning.giveUpAfterMs;

export type Situation = {
	/** The record's owner is the signed-in user, on the API the record belongs to. */
	ownerSignedIn: boolean;
	now: number;
};

/** Derived from the record and the moment, never stored beside it. */
export function statusOf(entry: OutboxEntry, {ownerSignedIn, now}: Situation): ChangeStatus | undefined {
	if (entry.inFlight) {
		return 'sending';
	}

	if (!hasIntents(entry)) {
		return !isEmpty(entry.refused) ? 'refused' : !isEmpty(entry.held) ? 'held' : undefined;
	}

	if (!ownerSignedIn) {
		return 'waiting-for-sign-in';
	}

	if (hasGivenUp(entry, now)) {
		return 'given-up';
	}

	if (entry.error?.code === 'permission-denied') {
		return 'waiting-for-access';
	}

	return entry.nextAttemptAt !== undefined && entry.nextAttemptAt > now ? 'backing-off' : 'due';
}

/**
When the worker must be awake for this record: at its next try, or within a minute when it
is due now or on its way (its worker may die waiting). None while it waits for the user.
*/
export function nextTryAt(entry: OutboxEntry, situation: Situation): number | undefined {
	switch (statusOf(entry, situation)) {
		case 'due':
		case 'sending': {
			return situation.now;
		}

		case 'backing-off': {
			return entry.nextAttemptAt;
		}

		default: {
			return undefined;
		}
	}
}

/** The record as the pages see it. */
export function changeView(entry: OutboxEntry, situation: Situation): Change | undefined {
	const status = statusOf(entry, situation);
	if (!status) {
		return undefined;
	}

	const view: Change = {
		status,
		patch: unconfirmedPatch(entry),
		refused: Object.fromEntries(Object.entries(entry.refused).map(([field, {value, message}]) => [field, {value, message}])),
		held: valuesOf(entry.held),
		canDiscard: !entry.inFlight || !isEmpty(entry.refused) || !isEmpty(entry.held),
	};
	if (status === 'backing-off') {
		view.nextAttemptAt = entry.nextAttemptAt;
	}

	const times = Object.values(entry.intents).map(intent => intent.at);
	if (times.length > 0) {
		view.since = Math.min(...times);
	}

	if (entry.error) {
		view.error = entry.error;
	}

	return view;
}
