import browser from 'webextension-polyfill';
import {hostPattern} from '../../api/host-pattern';

/**
The browser's last answer per host pattern. Each ask is a trip to the browser, and every
view of the state needs one; the request for the state and a failed request ask again.
*/
const answers = new Map<string, Promise<boolean>>();

/** Without it the browser blocks requests with a token (CORS); Firefox asks the user for it, Chrome grants it at install. */
export async function hasHostPermission(apiBaseUrl: string): Promise<boolean> {
	const pattern = hostPattern(apiBaseUrl);
	const answer = browser.permissions.contains({origins: [pattern]}).catch(() => {
		// A browser that cannot tell now may tell next time.
		if (answers.get(pattern) === answer) {
			answers.delete(pattern);
		}

		return false;
	});
	answers.set(pattern, answer);
	return answer;
}

/** The last answer, asked for only the first time and after permissions changed. */
export async function knownHostPermission(apiBaseUrl: string): Promise<boolean> {
	return answers.get(hostPattern(apiBaseUrl)) ?? hasHostPermission(apiBaseUrl);
}

/** On `permissions.onAdded` and `onRemoved`: the next `knownHostPermission` asks the browser again. */
export function forgetHostPermissions(): void {
	answers.clear();
}
