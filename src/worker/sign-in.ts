import browser from 'webextension-polyfill';
import {ApiError} from '../api/api-error';
import {resolveEnvironment} from '../api/environments';
import type {Credentials} from '../model/account';
import {apiClientFor} from './api-client';
import {buildAuthorizeUrl, randomState, readAuthRedirect} from './auth-flow';
import {notSignedIn, toErrorInfo, WorkerError} from './errors';
import {logWarning} from './log';
import {apiBaseUrlOf} from './scope';
import {explainSignInFailure} from './sign-in-failure';
import {readState} from './store';
import type {StoredAccount} from './stored-state';
import {forgetToken, saveToken} from './token-store';
import {changeState} from './views';

type Grant = {accessToken: string; expiresAt?: number};

/** The implicit grant in the browser's own sign-in window. Silent (`interactive: false`) when AdultWork remembers the consent. */
async function launchFlow(interactive: boolean): Promise<Grant> {
	const {config} = await readState();
	if (!config.clientId) {
		throw new WorkerError('bad-client-id', 'Enter the client ID of your AdultWork project in the options first.');
	}

	const redirectUrl = browser.identity.getRedirectURL();
	const expectedState = randomState();
	const url = buildAuthorizeUrl({authorizeUrl: resolveEnvironment(config).authorizeUrl, clientId: config.clientId, redirectUrl, state: expectedState});
	let redirectedTo: string;
	try {
		redirectedTo = await browser.identity.launchWebAuthFlow({url, interactive});
	} catch (error) {
		throw interactive ? await explainSignInFailure(error, {url, clientId: config.clientId, redirectUrl}) : notSignedIn();
	}

	const answer = readAuthRedirect(redirectedTo, expectedState);
	switch (answer.outcome) {
		case 'token': {
			return answer.expiresInSeconds === undefined
				? {accessToken: answer.accessToken}
				: {accessToken: answer.accessToken, expiresAt: Date.now() + (answer.expiresInSeconds * 1000)};
		}

		case 'cancelled': {
			throw new WorkerError('sign-in-cancelled', 'Sign-in was cancelled.');
		}

		case 'refused': {
			throw new WorkerError('sign-in-failed', `AdultWork refused the sign-in: ${answer.reason}`);
		}

		case 'state-mismatch': {
			throw new WorkerError('sign-in-failed', 'The sign-in answer did not belong to this sign-in, so it was ignored. Please try again.');
		}

		case 'no-token': {
			throw new WorkerError('sign-in-failed', 'AdultWork finished the sign-in without giving access.');
		}
	}
}

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

	await saveToken({...grant, apiBaseUrl, userId: credentials.UserID}, config.rememberMe);
	await changeState(draft => {
		if (draft.account?.userId !== credentials.UserID) {
			delete draft.actingFor;
			draft.members = [];
		}

		draft.account = accountOf(credentials);
		delete draft.error;
	});
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
(ky issue 587: not one per request). False when it did not work; the user is then signed out.
*/
export function renewSignIn(): Promise<boolean> {
	renewal ??= (async () => {
		const {account} = await readState();
		if (!account) {
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
