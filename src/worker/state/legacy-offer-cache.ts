import {array, boolean, integer, is, number, object, optional, record, string, type, union} from 'superstruct';
import {OfferStruct} from '../../model/offer';
import {OfferPatchStruct} from '../../model/offer-patch';
import type {OutboxEntry} from './outbox';
import type {OfferCache, Scope} from './stored-state';

/**
Offer caches as version 0.1 stored them (one merged `pending` patch per offer, full-form
drafts): read into today's form on upgrade, so no change waiting in storage is lost.
*/
const LegacyOfferCacheStruct = type({
	scope: object({apiBaseUrl: string(), userId: integer(), actingFor: optional(integer())}),
	offers: array(OfferStruct),
	fetchedAt: optional(number()),
	noOfferList: boolean(),
	pending: record(string(), type({patch: OfferPatchStruct, status: string()})),
	drafts: record(string(), record(string(), union([string(), boolean()]))),
	pausedOfferIds: array(integer()),
});

export function migrateOfferCache(value: unknown, now = Date.now()): OfferCache | undefined {
	if (!is(value, LegacyOfferCacheStruct)) {
		return undefined;
	}

	let seq = 0;
	const outbox: Record<string, OutboxEntry> = {};
	for (const [key, {patch, status}] of Object.entries(value.pending)) {
		const intents = Object.fromEntries(Object.entries(patch).map(([field, fieldValue]) => [field, {value: fieldValue, seq: ++seq, at: now}]));
		// A change the old version kept as refused is not sent again without the user's word.
		outbox[key] = status === 'failed' ? {intents: {}, refused: {}, held: intents, failures: 0} : {intents, refused: {}, held: {}, failures: 0};
	}

	const drafts: OfferCache['drafts'] = {};
	for (const [key, draft] of Object.entries(value.drafts)) {
		const offer = value.offers.find(known => String(known.OfferID) === key);
		// The old draft held every field: the ones that differ from the offer are the ones the user touched.
		const touched = Object.fromEntries(Object.entries(draft).filter(([field, text]) => String(offer?.[field as keyof typeof offer] ?? '') !== String(text)));
		const openedOn = Object.fromEntries(
			Object.entries(touched).map(([field, text]) => {
				const shown = offer?.[field as keyof typeof offer];
				return [field, typeof text === 'boolean' ? Boolean(shown) : String(shown ?? '')];
			}),
		);
		drafts[key] = {touched, openedOn};
	}

	const scope: Scope = {apiBaseUrl: value.scope.apiBaseUrl, userId: value.scope.userId};
	if (value.scope.actingFor !== undefined) {
		scope.actingFor = value.scope.actingFor;
	}

	const cache: OfferCache = {
		scope,
		offers: value.offers,
		seenAt: {},
		noOfferList: value.noOfferList,
		outbox,
		seq,
		drafts,
		pausedOfferIds: value.pausedOfferIds,
	};
	if (value.fetchedAt !== undefined) {
		cache.fetchedAt = value.fetchedAt;
	}

	return cache;
}
