/*
Sends every change that is due after the worker wakes (the alarm, browser start, an install,
a sign-in, a page's refresh). Imports the outbox rules, the sender and the refresh.
*/
import {refreshCurrentOffers, refreshOffers} from '../offers/refresh';
import {offerCacheOf, isSendable} from '../state/offer-cache';
import {isSignedIn} from '../state/signed-in';
import {readState} from '../state/write-queue';
import type {OfferCache} from '../state/stored-state';
import {statusOf} from '../state/outbox';
import {isSendingNow, sendChange} from './sender';
import type {Sending} from './requests';

/**
Changes that wait for a sign-in stay until there is one; refused, held and given-up ones wait
for the user. A change found on its way but not sent by this worker was left by a stopped
one: it goes again, built on a list fetched after it (the claim's rule), which also tells whether it arrived.
*/
export async function sendDueChanges(): Promise<void> {
	const state = await readState();
	if (!(await isSignedIn(state))) {
		return;
	}

	await Promise.all(
		Object.values(state.offerCaches)
			.filter(cache => isSendable(state, cache.scope))
			.map(async cache => sendCache(cache)),
	);
}

/** The offers of a cache that are due now and not being sent by this worker (one on its way in a stopped worker is due). */
function dueOffers(cache: OfferCache, now: number): number[] {
	return Object.entries(cache.outbox)
		.filter(
			([key, entry]) =>
				['due', 'sending', 'waiting-for-access'].includes(statusOf(entry, {ownerSignedIn: true, now}) ?? '') && !isSendingNow(cache.scope, Number(key)),
		)
		.map(([key]) => Number(key));
}

async function sendCache(cache: OfferCache): Promise<void> {
	const {scope, pauseAwaitsList} = cache;
	let due = dueOffers(cache, Date.now());
	if (pauseAwaitsList !== undefined) {
		// The pause never saw its list (its worker stopped): it does now, and what it pauses joins the sends.
		await refreshOffers(scope, {maxAgeMs: 0, startedAfter: pauseAwaitsList.since}).catch(() => undefined);
		const latest = offerCacheOf(await readState(), scope);
		due = latest ? dueOffers(latest, Date.now()) : [];
	}

	await Promise.all(due.map(async offerId => sendChange(scope, offerId)));
}

/** After a sign-in: the offers first (a failure shows in the state), then whatever waited for the sign-in. */
export async function catchUpAfterSignIn(): Promise<Sending> {
	await refreshCurrentOffers(true).catch(() => undefined);
	return {sending: sendDueChanges()};
}
