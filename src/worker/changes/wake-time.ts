/*
When the worker must next be awake for the write path, from the stored state alone. Pure:
the alarm itself is set by wake-alarm.ts.
*/
import {isSendable} from '../state/offer-cache';
import type {StoredState} from '../state/stored-state';
import {nextTryAt} from '../state/outbox';

export const wakeAlarmName = 'send-pending-changes';

/**
When the worker must next be awake: the earliest try of a change of the signed-in user, or now
for a pause still waiting for its list. Changes of others, and those that wait for the user, need none.
*/
export function nextWake(state: StoredState, now: number): number | undefined {
	let earliest: number | undefined;
	const consider = (when: number | undefined) => {
		if (when !== undefined && (earliest === undefined || when < earliest)) {
			earliest = when;
		}
	};

	for (const cache of Object.values(state.offerCaches)) {
		if (!isSendable(state, cache.scope)) {
			continue;
		}

		consider(cache.pauseAwaitsList && now);
		for (const entry of Object.values(cache.outbox)) {
			consider(nextTryAt(entry, {ownerSignedIn: true, now}));
		}
	}

	return earliest;
}
