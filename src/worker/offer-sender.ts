import type {Offer} from '../model/offer';
import {callApi} from './api-access';
import {claimChange, recordSendFailure, recordSendSuccess, type SendJob} from './change-steps';
import {createCoalescingRunner} from './serial-runner';
import {actingForOf, bookOf, offerKey, scopeKey} from './scope';
import type {Scope} from './stored-state';
import {tuning} from './tuning';
import {inBackground} from './background-tasks';
import {updateState} from './store';
import {changeState, publish, scheduleRetryAlarm} from './views';

const runner = createCoalescingRunner();
const runKey = (scope: Scope, offerId: number) => `${scopeKey(scope)}#${offerId}`;

/** Whether this worker is sending that offer's change right now (a `sending` status alone may be a stopped worker's). */
export const isSendingNow = (scope: Scope, offerId: number) => runner.isRunning(runKey(scope, offerId));

/** When each offer's last request left, in this worker's life. */
const lastSentAt = new Map<string, number>();
const untilNextSend = (key: string) => (lastSentAt.get(key) ?? Number.NEGATIVE_INFINITY) + tuning.sendGapMs - Date.now();

/** Whether a new change of the offer may be claimed and sent at once: nothing in flight, and the last request far enough back. */
export const maySendAtOnce = (scope: Scope, offerId: number) => !isSendingNow(scope, offerId) && untilNextSend(runKey(scope, offerId)) <= 0;

/**
Sends an offer's pending change, one request at a time per offer and `sendGapMs` apart.
Changes made meanwhile join the next one: ten quick toggles make two requests, and the
last one carries the last intent. `claimed`: a job claimed in the very write that stored
the change, so that the request leaves without a second write first. Should a send of the
offer have started meanwhile, that send claims the change again and takes it along.
*/
export function sendChange(scope: Scope, offerId: number, claimed?: SendJob): Promise<void> {
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

			const job = first ?? await updateState(draft => claimChange(draft, scope, offerId, Date.now()));
			first = undefined;
			if (!job) {
				await publish();
				return;
			}

			lastSentAt.set(key, Date.now());
			const answer = callApi(async client => client.updateOffer(job.request, actingForOf(scope)));
			// Should this worker stop while it waits, the alarm wakes the next one to send again.
			void inBackground(scheduleRetryAlarm(), 'scheduling a retry of the send');
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
				await changeState(draft => {
					recordSendFailure(draft, scope, offerId, error, Date.now());
				});
				return;
			} finally {
				clearTimeout(showSending);
			}

			const leftToSend = await changeState(draft => {
				recordSendSuccess(draft, scope, offerId, job, offer, Date.now());
				return bookOf(draft, scope)?.pending[offerKey(offerId)] !== undefined;
			});
			if (!leftToSend) {
				return;
			}
		}
	});
}
