import browser from 'webextension-polyfill';
import {type Infer, integer, is, number, object, optional, string} from 'superstruct';

/**
The access token, read from storage on every use and never kept in a variable: in
`storage.local` when the user asked to be remembered, otherwise in `storage.session`,
which the browser forgets when it closes. Only the API client's `getToken` receives it.
*/
const TokenRecordStruct = object({
	accessToken: string(),
	/** Epoch ms from `expires_in`; absent for a pasted token. */
	expiresAt: optional(number()),
	/** A token belongs to one user on one API. */
	apiBaseUrl: string(),
	userId: integer(),
});
export type TokenRecord = Infer<typeof TokenRecordStruct>;

const tokenKey = 'token';
/** A token this close to its end is not worth a request that would fail halfway. */
const expiryMarginMs = 30_000;

export async function readToken(apiBaseUrl: string): Promise<TokenRecord | undefined> {
	const [session, local] = await Promise.all([browser.storage.session.get(tokenKey), browser.storage.local.get(tokenKey)]);
	return [session[tokenKey], local[tokenKey]]
		.find((record): record is TokenRecord => is(record, TokenRecordStruct) && record.apiBaseUrl === apiBaseUrl);
}

/** The token for a request: none when it has expired, so a silent sign-in comes first instead of a wasted 401. */
export async function usableToken(apiBaseUrl: string, now = Date.now()): Promise<string | undefined> {
	const record = await readToken(apiBaseUrl);
	return record && (record.expiresAt === undefined || record.expiresAt - expiryMarginMs > now) ? record.accessToken : undefined;
}

export async function saveToken(record: TokenRecord, rememberMe: boolean): Promise<void> {
	const [keep, drop] = rememberMe ? [browser.storage.local, browser.storage.session] : [browser.storage.session, browser.storage.local];
	await keep.set({[tokenKey]: record});
	await drop.remove(tokenKey);
}

/** Moves the token when "remember me" changes, so it lives in exactly one place. */
export async function moveToken(apiBaseUrl: string, rememberMe: boolean): Promise<void> {
	const record = await readToken(apiBaseUrl);
	if (record) {
		await saveToken(record, rememberMe);
	}
}

export async function forgetToken(): Promise<void> {
	await Promise.all([browser.storage.session.remove(tokenKey), browser.storage.local.remove(tokenKey)]);
}
