import browser from 'webextension-polyfill';
import {nextWake, retryAlarmName} from './retry-schedule';
import type {Durable} from './stored-state';

/** Alarms survive the worker and the browser; one alarm covers every change. */
export async function syncRetryAlarm(state: Durable): Promise<void> {
	const when = nextWake(state);
	const existing = await browser.alarms.get(retryAlarmName);
	if (when === undefined) {
		if (existing) {
			await browser.alarms.clear(retryAlarmName);
		}

		return;
	}

	// Chrome moves an alarm due sooner than 30 s to 30 s from now: an alarm no later than a new one would be is right.
	if (existing && existing.scheduledTime >= when && existing.scheduledTime <= Math.max(when, Date.now() + 30_000)) {
		return;
	}

	await browser.alarms.create(retryAlarmName, {when});
}
