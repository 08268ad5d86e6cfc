/*
The one alarm that wakes the worker for every unconfirmed change: set in the same step as the
write that stores a change, before any request leaves. Imports the outbox rules and the browser.
*/
import browser from 'webextension-polyfill';
import type {StoredState} from '../state/stored-state';
import {tuning} from '../lib/tuning';
import {nextWake, wakeAlarmName} from './wake-time';

/** What this worker last asked of the alarm: `undefined` before its first ask, when the browser may hold one from before. */
let scheduled: number | 'none' | undefined;

/**
Keeps the alarm no later than the next wake. The browser call is made before this returns its
promise, so it is under way before the write it goes with: a worker stopped right after the
write has its alarm all the same. Chrome fires no alarm sooner than 30 s after it is set.
*/
export function keepWakeAlarm(state: StoredState, now = Date.now()): Promise<void> {
	const when = nextWake(state, now);
	if (when === undefined) {
		if (scheduled === 'none') {
			return Promise.resolve();
		}

		scheduled = 'none';
		return browser.alarms.clear(wakeAlarmName).then(() => undefined);
	}

	// An alarm set earlier than needed is moved (its early wake would find nothing to do and set none).
	const due = Math.max(when, now + tuning.soonestAlarmMs);
	if (typeof scheduled === 'number' && scheduled >= when && scheduled > now && scheduled <= due) {
		return Promise.resolve();
	}

	scheduled = due;
	return browser.alarms.create(wakeAlarmName, {when: due});
}

/** The alarm fired and is gone: the next write that needs one sets it again. */
export function wakeAlarmFired(): void {
	scheduled = 'none';
}
