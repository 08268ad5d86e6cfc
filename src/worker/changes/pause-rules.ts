/*
Pause-all and resume as pure changes of one offer cache: the performer's panic button.
Pure, like the rules of intents.ts it builds on.
*/
import type {ErrorInfo} from '../../messaging/protocol';
import {toErrorInfo} from '../lib/errors';
import {intendedOffer, offerKey} from '../state/offer-cache';
import type {OfferCache} from '../state/stored-state';
import {emptyEntry} from '../state/outbox';
import {recordIntents} from './intents';

/** Sets availability where it passes the rules; where it does not, the value is kept as refused, to retry or discard. */
export function setAvailability(cache: OfferCache, offerIds: number[], available: boolean, now: number): void {
	for (const offerId of offerIds) {
		try {
			recordIntents(cache, offerId, {CurrentlyAvailable: available}, now);
		} catch (error) {
			keepRefused(cache, offerId, available, toErrorInfo(error));
		}
	}
}

function keepRefused(cache: OfferCache, offerId: number, available: boolean, info: ErrorInfo): void {
	const entry = cache.outbox[offerKey(offerId)] ?? emptyEntry();
	entry.refused.CurrentlyAvailable = {value: available, seq: ++cache.seq, message: info.violations?.[0]?.message ?? info.message};
	delete entry.intents.CurrentlyAvailable;
	cache.outbox[offerKey(offerId)] = entry;
}

/**
Every offer that is (or is about to be) available becomes unavailable, and the cache
remembers which ones those were. Offers switched on elsewhere since the last list are
caught by the list fetched after the press (`pauseListed`).
*/
export function pauseOffers(cache: OfferCache, now: number): number[] {
	const available = cache.offers.filter(offer => intendedOffer(cache, offer).CurrentlyAvailable).map(offer => offer.OfferID);
	setAvailability(cache, available, false, now);
	cache.pausedOfferIds = [...new Set([...cache.pausedOfferIds, ...available])];
	cache.pauseAwaitsList = {since: now, spared: []};
	return available;
}

/**
A list asked for after the press: what it shows available, and the user has not set since,
is paused too. Returns the offers it paused.
*/
export function pauseListed(cache: OfferCache, listStartedAt: number, now: number): number[] {
	const awaited = cache.pauseAwaitsList;
	if (awaited === undefined || listStartedAt < awaited.since) {
		return [];
	}

	const switchedOnElsewhere = cache.offers.filter(offer => offer.CurrentlyAvailable && !awaited.spared.includes(offer.OfferID)).map(offer => offer.OfferID);
	setAvailability(cache, switchedOnElsewhere, false, now);
	cache.pausedOfferIds = [...new Set([...cache.pausedOfferIds, ...switchedOnElsewhere])];
	delete cache.pauseAwaitsList;
	return switchedOnElsewhere;
}

/** Makes available again exactly the offers the pause turned off; the others stay as they are. */
export function resumeOffers(cache: OfferCache, now: number): number[] {
	const known = new Set(cache.offers.map(offer => offer.OfferID));
	const offerIds = cache.pausedOfferIds.filter(offerId => known.has(offerId));
	setAvailability(cache, offerIds, true, now);
	cache.pausedOfferIds = [];
	delete cache.pauseAwaitsList;
	return offerIds;
}

/** The menu item and the keyboard command do both: pause when nothing is paused, resume otherwise. */
export function togglePauseOf(cache: OfferCache, now: number): {paused: boolean; offerIds: number[]} {
	const isPaused = cache.pausedOfferIds.length > 0 || cache.pauseAwaitsList !== undefined;
	return isPaused ? {paused: false, offerIds: resumeOffers(cache, now)} : {paused: true, offerIds: pauseOffers(cache, now)};
}
