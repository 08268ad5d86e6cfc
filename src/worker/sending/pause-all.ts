/*
Pause-all and resume as requests: one write for the press, a list fetched after it, then the sends.
Imports the pause rules, the requests' helpers, the sender and the refresh.
*/
import {refreshOffers} from '../offers/refresh';
import {offerCacheOf, requireOfferCache} from '../state/offer-cache';
import {readState} from '../state/write-queue';
import type {Scope} from '../state/stored-state';
import {changeState} from '../display/publish';
import {pauseOffers, resumeOffers, togglePauseOf} from '../changes/pause-rules';
import {requireScope} from '../state/current-scope';
import type {Sending} from './requests';
import {sendChange} from './sender';

/** Sends the given offers' intents, and any the list after a pause added. */
function sendAll(scope: Scope, offerIds: number[]): Promise<void> {
	return Promise.all(offerIds.map(async offerId => sendChange(scope, offerId))).then(() => undefined);
}

/**
After the press: the offers known available go at once; then a list asked for after the press
finds those switched on elsewhere, which are paused in the same write as the list, and sent too.
*/
async function pauseEverything(scope: Scope, pressedAt: number, known: number[]): Promise<void> {
	const first = sendAll(scope, known);
	try {
		await refreshOffers(scope, {maxAgeMs: 0, startedAfter: pressedAt});
	} finally {
		const cache = offerCacheOf(await readState(), scope);
		const more = (cache?.pausedOfferIds ?? []).filter(offerId => !known.includes(offerId));
		await Promise.all([first, sendAll(scope, more)]);
	}
}

export async function pauseAll(): Promise<Sending> {
	const scope = await requireScope();
	const pressedAt = Date.now();
	const known = await changeState(draft => pauseOffers(requireOfferCache(draft, scope), pressedAt));
	return {sending: pauseEverything(scope, pressedAt, known)};
}

/** Makes available again exactly the offers the pause turned off. */
export async function resumeAll(): Promise<Sending> {
	const scope = await requireScope();
	const resumed = await changeState(draft => resumeOffers(requireOfferCache(draft, scope), Date.now()));
	return {sending: sendAll(scope, resumed)};
}

/** The menu item and the keyboard command: pause when nothing is paused, resume otherwise, decided inside the write. */
export async function togglePause(): Promise<Sending> {
	const scope = await requireScope();
	const pressedAt = Date.now();
	const {paused, offerIds} = await changeState(draft => togglePauseOf(requireOfferCache(draft, scope), pressedAt));
	return {sending: paused ? pauseEverything(scope, pressedAt, offerIds) : sendAll(scope, offerIds)};
}
