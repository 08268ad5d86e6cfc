import browser from 'webextension-polyfill';
import {type Infer, integer, is, number, object, optional, string} from 'superstruct';

/**
The access token: in `storage.local` when the user asked to be remembered, otherwise in
`storage.session`, which the browser forgets when it closes. Only the API client's
`getToken` receives it; it never leaves the worker.
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

/**
What storage holds, read once per worker life and dropped by every write below (nothing
else writes the token): a toggle then waits for its change to be stored, not for a token
read as well, and publishing the view costs no trip to storage for it.
*/
let stored: Promise<unknown[]> | undefined;

async function storedRecords(): Promise<unknown[]> {
	stored ??= Promise.all([browser.storage.session.get(tokenKey), browser.storage.local.get(tokenKey)])
		.then(([session, local]) => [session[tokenKey], local[tokenKey]])
		.catch((error: unknown) => {
			stored = undefined;
			throw error;
		});
	return stored;
}

/** Around a write: a read that overlapped it is not kept. */
async function writing(write: () => Promise<void>): Promise<void> {
	stored = undefined;
	try {
		await write();
	} finally {
		stored = undefined;
	}
}

export async function readToken(apiBaseUrl: string): Promise<TokenRecord | undefined> {
	return (await storedRecords())
		.find((record): record is TokenRecord => is(record, TokenRecordStruct) && record.apiBaseUrl === apiBaseUrl);
}

/** The token for a request: none when it has expired, so a silent sign-in comes first instead of a wasted 401. */
export async function usableToken(apiBaseUrl: string, now = Date.now()): Promise<string | undefined> {
	const record = await readToken(apiBaseUrl);
	return record && (record.expiresAt === undefined || record.expiresAt - expiryMarginMs > now) ? record.accessToken : undefined;
}

export async function saveToken(record: TokenRecord, rememberMe: boolean): Promise<void> {
	const [keep, drop] = rememberMe ? [browser.storage.local, browser.storage.session] : [browser.storage.session, browser.storage.local];
	await writing(async () => {
		await keep.set({[tokenKey]: record});
		await drop.remove(tokenKey);
	});
}

/** Moves the token when "remember me" changes, so it lives in exactly one place. */
export async function moveToken(apiBaseUrl: string, rememberMe: boolean): Promise<void> {
	const record = await readToken(apiBaseUrl);
	if (record) {
		await saveToken(record, rememberMe);
	}
}

export async function forgetToken(): Promise<void> {
	await writing(async () => {
		await Promise.all([browser.storage.session.remove(tokenKey), browser.storage.local.remove(tokenKey)]);
	});
}
