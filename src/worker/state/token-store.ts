import browser from 'webextension-polyfill';
import {array, type Infer, integer, is, number, object, optional, string} from 'superstruct';
import type {AlsoWrite} from './write-queue';

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
	/**
	What AdultWork granted when the token came from its sign-in page, so the options page can
	warn when it is less than asked; absent for a pasted token, which says nothing of its scopes.
	*/
	grantedScopes: optional(array(string())),
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
	return (await storedRecords()).find((record): record is TokenRecord => is(record, TokenRecordStruct) && record.apiBaseUrl === apiBaseUrl);
}

/** Whom a request speaks for: a token is only ever used for its own user on its own API. */
export type TokenOwner = {apiBaseUrl: string; userId: number};

/** The owner's token for a request: none when another user's is stored, or when it has expired (a silent sign-in then comes first, not a wasted 401). */
export async function usableToken(owner: TokenOwner, now = Date.now()): Promise<string | undefined> {
	const record = await readToken(owner.apiBaseUrl);
	const usable = record?.userId === owner.userId && (record.expiresAt === undefined || record.expiresAt - expiryMarginMs > now);
	return usable ? record.accessToken : undefined;
}

/** Where a token goes: to `storage.local` when remembered, else `storage.session`; never both. */
export function tokenWrites(record: TokenRecord, rememberMe: boolean): AlsoWrite {
	return rememberMe ? {local: {[tokenKey]: record}, removeSession: [tokenKey]} : {session: {[tokenKey]: record}, removeLocal: [tokenKey]};
}

/**
Stores a token within a write of the state (`write`, given what to write beside the state),
so the token and the account it belongs to land together.
*/
export async function saveToken<T>(record: TokenRecord, rememberMe: boolean, write: (also: AlsoWrite) => Promise<T>): Promise<T> {
	let result: T;
	await writing(async () => {
		result = await write(tokenWrites(record, rememberMe));
	});
	return result!;
}

/** Moves the token when "remember me" changes, so it lives in exactly one place. */
export async function moveToken(apiBaseUrl: string, rememberMe: boolean): Promise<void> {
	const record = await readToken(apiBaseUrl);
	if (record) {
		const {local, session, removeLocal, removeSession} = tokenWrites(record, rememberMe);
		await writing(async () => {
			await Promise.all([
				local && browser.storage.local.set(local),
				session && browser.storage.session.set(session),
				removeLocal && browser.storage.local.remove(removeLocal),
				removeSession && browser.storage.session.remove(removeSession),
			]);
		});
	}
}

export async function forgetToken(): Promise<void> {
	await writing(async () => {
		await Promise.all([browser.storage.session.remove(tokenKey), browser.storage.local.remove(tokenKey)]);
	});
}
