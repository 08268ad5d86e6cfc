/*
When the worker must next be awake for the write path, from the stored state alone. Pure:
the alarm itself is set by wake-alarm.ts.
*/
import {isSendable} from '../scope';
import type {Durable} from '../stored-state';
import {nextTryAt} from './outbox';

export const wakeAlarmName = 'send-pending-changes';

/**
When the worker must next be awake: the earliest try of a change of the signed-in user, or now
for a pause still waiting for its list. Changes of others, and those that wait for the user, need none.
*/
export function nextWake(state: Durable, now: number): number | undefined {
	let earliest: number | undefined;
	const consider = (when: number | undefined) => {
		if (when !== undefined && (earliest === undefined || when < earliest)) {
			earliest = when;
		}
	};

	for (const book of Object.values(state.books)) {
		if (!isSendable(state, book.scope)) {
			continue;
		}

		consider(book.pauseAwaitsList && now);
		for (const entry of Object.values(book.outbox)) {
			consider(nextTryAt(entry, {ownerSignedIn: true, now}));
		}
	}

	return earliest;
}
