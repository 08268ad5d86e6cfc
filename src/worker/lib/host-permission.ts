import browser from 'webextension-polyfill';
import {hostPattern} from '../../api/host-pattern';

/** Without it the browser blocks requests with a token (CORS); Firefox asks the user for it, Chrome grants it at install. */
export async function hasHostPermission(apiBaseUrl: string): Promise<boolean> {
	try {
		return await browser.permissions.contains({origins: [hostPattern(apiBaseUrl)]});
	} catch {
		return false;
	}
}
