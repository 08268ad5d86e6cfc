import type {Alarms, Runtime} from 'webextension-polyfill';
import {forgetShownMenus} from './menus';
import {togglePause} from './pause';
import {resumePendingChanges} from './resume';
import {pauseCommand} from './commands';
import {retryAlarmName} from './retry-schedule';
import {ready} from './store';
import {publish, showFailure} from './views';

/**
Install, update and browser start: the menus may be gone or from an older version, so they
are built again; changes that were waiting (or being sent when the browser closed) go out.
*/
export async function onInstalledOrStartup(_details?: Runtime.OnInstalledDetailsType): Promise<void> {
	await ready();
	await forgetShownMenus();
	await publish();
	await resumePendingChanges();
}

export async function onAlarm(alarm: Alarms.Alarm): Promise<void> {
	if (alarm.name === retryAlarmName) {
		await ready();
		await resumePendingChanges();
	}
}

/** Access granted in the options page: the pages show it, and changes that waited for it go out. */
export async function onPermissionsChanged(): Promise<void> {
	await ready();
	await publish();
	await resumePendingChanges();
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
