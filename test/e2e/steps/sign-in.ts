import type {BrowserDriver} from '../driver/driver';
import {openDeveloperSettings} from './developer-settings';

/** Signing in through the options page, as a developer who pastes a token does: the first step of most scenarios. */

export type SignInOptions = {
	/** Lets the worker try a silent sign-in when the token stops working. */
	clientId?: string;
	/** The developer's key, which lists a manager's group members. */
	apiKey?: string;
};

/** Points the extension at the local API and signs in with a pasted token (Developer settings: Custom environment, API base URL, Access token; Save). */
export async function signInWithToken(
	driver: Pick<BrowserDriver, 'openPage'>,
	apiUrl: string,
	token: string,
	{clientId, apiKey}: SignInOptions = {},
): Promise<void> {
	const options = await driver.openPage('options');
	await openDeveloperSettings(options);
	await options.find({label: 'Custom'}).check();
	await options.find({label: 'API base URL'}).type(apiUrl);
	if (clientId !== undefined) {
		await options.find({label: 'Client ID'}).type(clientId);
	}

	if (apiKey !== undefined) {
		await options.find({label: 'API key'}).type(apiKey);
	}

	await options.find({label: 'Access token'}).type(token);
	await options.find({role: 'button', name: 'Save'}).click();
	const saved = options.find({text: 'Settings saved.'});
	const refused = options.find({role: 'alert'});
	// Not `expect.poll`: the bench signs in through here outside vitest.
	await Promise.any([saved.waitFor(), refused.waitFor()]);
	if (await refused.exists()) {
		throw new Error(`The options page refused the sign-in: ${await refused.text()}`);
	}

	await options.close();
}
