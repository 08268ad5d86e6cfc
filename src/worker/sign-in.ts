import {ApiError} from '../api/api-error';
import type {Credentials} from '../model/account';
import {apiClientFor} from './api-client';
import {notSignedIn, toErrorInfo, WorkerError} from './errors';
import {type Grant, launchFlow} from './implicit-grant';
import {logWarning} from './log';
import {apiBaseUrlOf} from './scope';
import {readState} from './store';
import type {StoredAccount} from './stored-state';
import {forgetToken, saveToken} from './token-store';
import {holdOldIntents} from './changes/transitions';
import type {Scope} from './stored-state';
import {changeState} from './views';

function accountOf(credentials: Credentials): StoredAccount {
	const account: StoredAccount = {userId: credentials.UserID, isGroupManager: credentials.IsGroupManager ?? false};
	if (credentials.EmailAddress) {
		account.email = credentials.EmailAddress;
	}

	if (credentials.GroupID) {
		account.groupId = credentials.GroupID;
	}

	if (credentials.GroupName) {
		account.groupName = credentials.GroupName;
	}

	return account;
}

/** Asks AdultWork who the token belongs to, then keeps both. A silent renewal must come back as the same user. */
async function acceptGrant(grant: Grant, sameUserAs?: number): Promise<void> {
	const {config} = await readState();
	const apiBaseUrl = apiBaseUrlOf(config);
	let credentials: Credentials;
	try {
		credentials = await apiClientFor(apiBaseUrl, () => grant.accessToken).verifyCredentials();
	} catch (error) {
		throw error instanceof ApiError && error.kind === 'unauthorized'
			? new WorkerError('unauthorized', 'AdultWork does not accept this access token.')
			: error;
	}

	if (sameUserAs !== undefined && credentials.UserID !== sameUserAs) {
		throw notSignedIn();
	}

	// The token and the account it belongs to, in one write: no worker ever sees one without the other.
	await saveToken({...grant, apiBaseUrl, userId: credentials.UserID}, config.rememberMe, async also => changeState(draft => {
		if (draft.account?.userId !== credentials.UserID) {
			delete draft.actingFor;
			draft.members = [];
		}

		draft.account = accountOf(credentials);
		delete draft.error;
		const now = Date.now();
		for (const book of Object.values(draft.books)) {
			if (book.scope.userId === credentials.UserID && book.scope.apiBaseUrl === apiBaseUrl) {
				holdOldIntents(book, now);
			}
		}
	}, also));
}

export async function signIn(): Promise<void> {
	await acceptGrant(await launchFlow(true));
}

/** For developers and tests: a token pasted by hand, checked with VerifyCredentials before it is kept. */
export async function signInWithToken(token: string): Promise<void> {
	const accessToken = token.trim();
	if (!accessToken) {
		throw new WorkerError('sign-in-failed', 'Paste an access token first.');
	}

	await acceptGrant({accessToken});
}

/** The user's own choice: the token and who they are are forgotten; changes not yet sent wait for them in storage. */
export async function signOut(): Promise<void> {
	await forgetToken();
	await changeState(draft => {
		delete draft.account;
		delete draft.actingFor;
		draft.members = [];
		delete draft.error;
	});
}

/** AdultWork stopped accepting the token and no silent sign-in helped: the user is asked, their changes are kept. */
export async function markSignedOut(): Promise<void> {
	await forgetToken();
	await changeState(draft => {
		draft.error = toErrorInfo(notSignedIn());
	});
}

let renewal: Promise<boolean> | undefined;

/**
One silent sign-in for every request that met a 401 or an expired token at the same time
(ky issue 587: not one per request). Only for the signed-in user on the current API, who
must come back as themselves. False when it did not work; the user is then signed out.
*/
export function renewSignIn(owner: Pick<Scope, 'apiBaseUrl' | 'userId'>): Promise<boolean> {
	renewal ??= (async () => {
		const {account, config} = await readState();
		if (!account || account.userId !== owner.userId || apiBaseUrlOf(config) !== owner.apiBaseUrl) {
			return false;
		}

		try {
			await acceptGrant(await launchFlow(false), account.userId);
			return true;
		} catch (error) {
			logWarning(`silent sign-in did not work (${error instanceof Error ? error.message : 'unknown reason'})`);
			await markSignedOut();
			return false;
		}
	})().finally(() => {
		renewal = undefined;
	});
	return renewal;
}
