import browser from 'webextension-polyfill';
import {hostPattern} from '../api/host-pattern';

/**
Asks the user to let the extension reach a non-production API. Call it straight from a click
or submit handler, with no `await` before it: browsers only ask during a user gesture.
*/
export async function requestHostPermission(baseUrl: string): Promise<boolean> {
	try {
		return await browser.permissions.request({origins: [hostPattern(baseUrl)]});
	} catch {
		// The origin is not among the manifest's optional host permissions: no prompt is possible.
		return false;
	}
}
