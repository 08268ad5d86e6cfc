import {isSendable} from './scope';
import type {Durable} from './stored-state';
import {tuning} from './tuning';

/** One alarm wakes the worker for every change that waits for its next try. */
export const retryAlarmName = 'send-pending-changes';

/** The wait before the next try: the schedule's step for this attempt, or longer when AdultWork asked for it. */
export function retryDelay(attempts: number, retryAfterMs = 0): number {
	const steps = tuning.retryDelaysMs;
	const step = steps[Math.min(Math.max(attempts, 1), steps.length) - 1] ?? 0;
	return Math.max(step, retryAfterMs);
}

/**
When the worker must wake to send: the earliest retry, or the deadline of a send in flight
(if the worker dies waiting for AdultWork, the alarm brings it back). Changes that wait
for a sign-in have no time: the sign-in sends them.
*/
export function nextWake(state: Durable): number | undefined {
	let earliest: number | undefined;
	for (const book of Object.values(state.books)) {
		if (!isSendable(state, book.scope)) {
			continue;
		}

		for (const change of Object.values(book.pending)) {
			if (change.status !== 'failed' && change.nextAttemptAt !== undefined) {
				earliest = Math.min(earliest ?? Number.POSITIVE_INFINITY, change.nextAttemptAt);
			}
		}
	}

	return earliest;
}
