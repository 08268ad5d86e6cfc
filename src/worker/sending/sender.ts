/*
The thin runner of the write path: storage, requests and timing around the pure rules of
claim.ts. Imports those, the write queue, the API access and `display/publish.ts`; the requests, pause-all and send-due call it.
*/
import type {Offer} from '../../model/offer';
import {callApi} from '../auth/api-access';
import {inBackground} from '../lib/background-tasks';
import {refreshToClaim} from '../offers/refresh';
import {actingForOf, offerCacheOf, isSendable, offerKey, scopeKey} from '../state/offer-cache';
import {createCoalescingRunner} from '../lib/serial-runner';
import {updateState} from '../state/write-queue';
import type {OfferCache, StoredState, Scope} from '../state/stored-state';
import {tuning} from '../lib/tuning';
import {changeState, publish} from '../display/publish';
import {hasIntents} from '../state/outbox';
import {type Claim, claimIntents, type SendJob, settleFailure, settleSuccess} from '../changes/claim';

const runner = createCoalescingRunner();
const runKey = (scope: Scope, offerId: number) => `${scopeKey(scope)}#${offerId}`;

/** Whether this worker is sending that offer's change right now (a stored flight alone may be a stopped worker's). */
export const isSendingNow = (scope: Scope, offerId: number) => runner.isRunning(runKey(scope, offerId));

/** When each offer's last request left, in this worker's life. */
const lastSentAt = new Map<string, number>();
const untilNextSend = (key: string) => (lastSentAt.get(key) ?? Number.NEGATIVE_INFINITY) + tuning.sendGapMs - Date.now();

/** Whether a new change of the offer may be claimed and sent at once: nothing in flight, and the last request far enough back. */
export const maySendAtOnce = (scope: Scope, offerId: number) => !isSendingNow(scope, offerId) && untilNextSend(runKey(scope, offerId)) <= 0;

/** Claims within a write of the state: only while the record's owner may send with the token there is. */
export function claimIn(draft: StoredState, scope: Scope, offerId: number, now: number): Claim {
	const cache = offerCacheOf(draft, scope);
	return cache && isSendable(draft, scope) ? claimIntents(cache, offerId, now) : undefined;
}

/** Settles in one published write; true when intents are left that are due at once (not backing off, not waiting for the user). */
async function settle(scope: Scope, offerId: number, step: (cache: OfferCache, now: number) => void): Promise<boolean> {
	return changeState(draft => {
		const cache = offerCacheOf(draft, scope);
		if (!cache) {
			return false;
		}

		step(cache, Date.now());
		const entry = cache.outbox[offerKey(offerId)];
		return entry !== undefined && hasIntents(entry) && entry.nextAttemptAt === undefined && entry.error === undefined;
	});
}

/**
Sends an offer's intents, one request at a time per offer and `sendGapMs` apart. Intents
made meanwhile join the next one: ten quick toggles make two requests, and the last one
carries the last intent. `claimed`: claimed in the very write that stored the intent, so
that the request leaves without a second write first.
*/
export function sendChange(scope: Scope, offerId: number, claimed?: Claim): Promise<void> {
	let first = claimed;
	const key = runKey(scope, offerId);
	return runner(key, async () => {
		for (;;) {
			const wait = first ? 0 : untilNextSend(key);
			if (wait > 0) {
				await new Promise(resolve => {
					setTimeout(resolve, wait);
				});
			}

			let claim = first ?? (await updateState(draft => claimIn(draft, scope, offerId, Date.now())));
			first = undefined;
			if (claim && 'needsCopy' in claim) {
				// One list request for every write waiting on it, claimed in the write that stores it; its failure is this change's failure.
				let copied: {claimed: Claim} | undefined;
				try {
					const need = {maxAgeMs: tuning.freshCopyMs, startedAfter: claim.needsCopy.seenAfter};
					copied = await refreshToClaim(scope, need, draft => claimIn(draft, scope, offerId, Date.now()));
				} catch (error) {
					if (await settle(scope, offerId, (cache, now) => settleFailure(cache, offerId, undefined, error, now))) {
						continue;
					}

					return;
				}

				claim = copied ? copied.claimed : await updateState(draft => claimIn(draft, scope, offerId, Date.now()));
			}

			if (!claim || 'needsCopy' in claim) {
				await publish();
				return;
			}

			if (!(await send(scope, offerId, claim.job))) {
				return;
			}
		}
	});
}

/** One request and its outcome; true when more is left to send. */
async function send(scope: Scope, offerId: number, job: SendJob): Promise<boolean> {
	lastSentAt.set(runKey(scope, offerId), Date.now());
	const answer = callApi(scope, async client => client.updateOffer(job.request, actingForOf(scope)));
	// Only a slow answer is worth showing as "sending" on the badge, menus and pages: a quick
	// one is published with its outcome, and an early publish would hold up both the request
	// (the browser's storage is busy with it) and the outcome's own publish (queued behind it).
	const showSending = setTimeout(() => {
		void inBackground(publish(), 'publishing a send');
	}, tuning.showSendingAfterMs);
	let offer: Offer;
	try {
		offer = await answer;
	} catch (error) {
		return settle(scope, offerId, (cache, now) => settleFailure(cache, offerId, job, error, now));
	} finally {
		clearTimeout(showSending);
	}

	return settle(scope, offerId, (cache, now) => settleSuccess(cache, offerId, job, offer, now));
}
