import browser from 'webextension-polyfill';
import {array, is, object, string} from 'superstruct';

/**
The scopes AdultWork granted at the last sign-in through its page, so the options page can
warn when they are fewer than asked. Kept beside the token, not in its record: a grant says
what it allows, and a pasted token says nothing. Read once per worker life, like the token.
*/
const grantedScopesKey = 'grantedScopes';
const GrantedScopesStruct = object({apiBaseUrl: string(), scopes: array(string())});

let stored: Promise<unknown> | undefined;

export async function noteGrantedScopes(apiBaseUrl: string, scopes: string[]): Promise<void> {
	stored = undefined;
	await browser.storage.local.set({[grantedScopesKey]: {apiBaseUrl, scopes}});
	stored = undefined;
}

/** What the last sign-in on this API was granted; undefined when none went through AdultWork's page. */
export async function grantedScopesOn(apiBaseUrl: string): Promise<string[] | undefined> {
	stored ??= browser.storage.local.get(grantedScopesKey)
		.then(items => items[grantedScopesKey])
		.catch((error: unknown) => {
			stored = undefined;
			throw error;
		});
	const record = await stored;
	return is(record, GrantedScopesStruct) && record.apiBaseUrl === apiBaseUrl ? record.scopes : undefined;
}
