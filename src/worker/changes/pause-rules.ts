/*
Pause-all and resume as pure changes of one offer cache: the performer's panic button.
Pure, like the rules of intents.ts it builds on.
*/
import type {ErrorInfo} from '../../messaging/protocol';
import {toErrorInfo} from '../errors';
import {intendedOffer, offerKey} from '../scope';
import type {Book} from '../stored-state';
import {emptyEntry} from './outbox';
import {recordIntents} from './intents';

/** Sets availability where it passes the rules; where it does not, the value is kept as refused, to retry or discard. */
export function setAvailability(book: Book, offerIds: number[], available: boolean, now: number): void {
	for (const offerId of offerIds) {
		try {
			recordIntents(book, offerId, {CurrentlyAvailable: available}, now);
		} catch (error) {
			keepRefused(book, offerId, available, toErrorInfo(error));
		}
	}
}

function keepRefused(book: Book, offerId: number, available: boolean, info: ErrorInfo): void {
	const entry = book.outbox[offerKey(offerId)] ?? emptyEntry();
	entry.refused.CurrentlyAvailable = {value: available, seq: ++book.seq, message: info.violations?.[0]?.message ?? info.message};
	delete entry.intents.CurrentlyAvailable;
	book.outbox[offerKey(offerId)] = entry;
}

/**
Every offer that is (or is about to be) available becomes unavailable, and the cache
remembers which ones those were. Offers switched on elsewhere since the last list are
caught by the list fetched after the press (`pauseListed`).
*/
export function pauseOffers(book: Book, now: number): number[] {
	const available = book.offers.filter(offer => intendedOffer(book, offer).CurrentlyAvailable).map(offer => offer.OfferID);
	setAvailability(book, available, false, now);
	book.pausedOfferIds = [...new Set([...book.pausedOfferIds, ...available])];
	book.pauseAwaitsList = {since: now, spared: []};
	return available;
}

/**
A list asked for after the press: what it shows available, and the user has not set since,
is paused too. Returns the offers it paused.
*/
export function pauseListed(book: Book, listStartedAt: number, now: number): number[] {
	const awaited = book.pauseAwaitsList;
	if (awaited === undefined || listStartedAt < awaited.since) {
		return [];
	}

	const switchedOnElsewhere = book.offers.filter(offer => offer.CurrentlyAvailable && !awaited.spared.includes(offer.OfferID)).map(offer => offer.OfferID);
	setAvailability(book, switchedOnElsewhere, false, now);
	book.pausedOfferIds = [...new Set([...book.pausedOfferIds, ...switchedOnElsewhere])];
	delete book.pauseAwaitsList;
	return switchedOnElsewhere;
}

/** Makes available again exactly the offers the pause turned off; the others stay as they are. */
export function resumeOffers(book: Book, now: number): number[] {
	const known = new Set(book.offers.map(offer => offer.OfferID));
	const offerIds = book.pausedOfferIds.filter(offerId => known.has(offerId));
	setAvailability(book, offerIds, true, now);
	book.pausedOfferIds = [];
	delete book.pauseAwaitsList;
	return offerIds;
}

/** The menu item and the keyboard command do both: pause when nothing is paused, resume otherwise. */
export function togglePauseOf(book: Book, now: number): {paused: boolean; offerIds: number[]} {
	const isPaused = book.pausedOfferIds.length > 0 || book.pauseAwaitsList !== undefined;
	return isPaused ? {paused: false, offerIds: resumeOffers(book, now)} : {paused: true, offerIds: pauseOffers(book, now)};
}
