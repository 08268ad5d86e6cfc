import type {Alarms, Runtime} from 'webextension-polyfill';
import {togglePause} from '../sending/pause-all';
import {sendDueChanges} from '../sending/send-due';
import {keepWakeAlarm, wakeAlarmFired} from '../changes/wake-alarm';
import {wakeAlarmName} from '../changes/wake-time';
import {pauseCommand} from './commands';
import {forgetShownMenus} from '../display/menu-sync';
import {forgetHostPermissions} from '../lib/host-permission';
import {dropUnusedCaches} from '../state/cache-cleanup';
import {readState, ready, updateState} from '../state/write-queue';
import {publish, showFailure} from '../display/publish';

/**
Install, update and browser start: the menus may be gone or from an older version, so they
are built again; changes that were waiting (or being sent when the browser closed) go out.
*/
export async function onInstalledOrStartup(_details?: Runtime.OnInstalledDetailsType): Promise<void> {
	await ready();
	await Promise.all([forgetShownMenus(), updateState(draft => dropUnusedCaches(draft, Date.now()))]);
	await publish();
	await sendDueChanges();
}

export async function onAlarm(alarm: Alarms.Alarm): Promise<void> {
	if (alarm.name === wakeAlarmName) {
		wakeAlarmFired();
		await ready();
		await sendDueChanges();
		// A change still backing off, with nothing written since, needs the alarm set again.
		await keepWakeAlarm(await readState());
	}
}

/** Access granted in the options page: the pages show it, and changes that waited for it go out. */
export async function onPermissionsChanged(): Promise<void> {
	forgetHostPermissions();
	await ready();
	await publish();
	await sendDueChanges();
}

export async function onCommand(command: string): Promise<void> {
	if (command === pauseCommand) {
		await ready();
		try {
			const {sending} = await togglePause();
			await sending;
		} catch (error) {
			await showFailure(error);
		}
	}
}
