import type {BrowserDriver, DriverPage} from '../driver/driver';
import {afterAcceptedUpdates} from '../harness/expected-updates';
import {patiently} from '../harness/recorded-requests';
import type {LocalApi} from '../../local-api/server';
import {nothingPending} from './popup';

/** Waiting for the extension to have sent everything, seen from the toolbar and from the popup. */

/**
Waits until the badge no longer counts changes waiting to be sent. Call it once the
requests are known to have arrived: the count is on the badge before anything is sent.
*/
export async function nothingLeftToSend(driver: BrowserDriver): Promise<void> {
	await expect.poll(async () => driver.badgeText(), patiently).not.toMatch(/^\d+$/);
}

/** Waits for exactly `count` accepted updates, then for the worker and the popup to show nothing left to send. */
export async function afterUpdates(api: LocalApi, driver: BrowserDriver, popup: DriverPage, count: number): Promise<void> {
	await afterAcceptedUpdates(api, count, async () => {
		await nothingLeftToSend(driver);
		await nothingPending(popup);
	});
}
