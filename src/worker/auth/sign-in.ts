import {ApiError} from '../../api/api-error';
import type {Credentials} from '../../model/account';
import {apiClientFor} from './api-client';
import {notSignedIn, toErrorInfo, WorkerError} from '../lib/errors';
import {type Grant, launchFlow} from './browser-auth-flow';
import {logWarning} from '../lib/log';
import {voidSignIns} from './sign-in-generation';
import {checkPin, isCurrent, pinOf, type SignInPin} from './sign-in-pin';
import {readState} from '../state/write-queue';
import type {StoredAccount} from '../state/stored-state';
import {forgetToken, saveToken} from '../state/token-store';
import {holdOldIntents} from '../changes/intents';
import type {Scope} from '../state/stored-state';
import {changeState} from '../display/publish';
import {t} from '../../shared/i18n';

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

/**
Asks the pinned API who the token belongs to, then keeps both. A silent renewal must come back
as the same user. The settings are checked again before the token is sent and in the write that
keeps it: one that changed meanwhile drops the grant.
*/
async function acceptGrant(pin: SignInPin, grant: Grant, sameUserAs?: number): Promise<void> {
	const {config} = await readState();
	checkPin(pin, config);
	const {apiBaseUrl} = pin;
	let credentials: Credentials;
	try {
		credentials = await apiClientFor(apiBaseUrl, () => grant.accessToken).verifyCredentials();
	} catch (error) {
		throw error instanceof ApiError && error.kind === 'unauthorized' ? new WorkerError('unauthorized', t('error_tokenRefused')) : error;
	}

	if (sameUserAs !== undefined && credentials.UserID !== sameUserAs) {
		throw notSignedIn();
	}

	// The token and the account it belongs to, in one step of the write queue: one storage write when
	// remembered; otherwise the token goes to storage.session beside it. A worker stopped between the
	// two sends nothing wrong either way: every request checks the token's own user against its owner.
	await saveToken({...grant, apiBaseUrl, userId: credentials.UserID}, config.rememberMe, async also =>
		changeState(draft => {
			checkPin(pin, draft.config);
			if (draft.account?.userId !== credentials.UserID) {
				delete draft.actingFor;
				draft.members = [];
			}

			draft.account = accountOf(credentials);
			delete draft.error;
			const now = Date.now();
			for (const cache of Object.values(draft.offerCaches)) {
				if (cache.scope.userId === credentials.UserID && cache.scope.apiBaseUrl === apiBaseUrl) {
					holdOldIntents(cache, now);
				}
			}
		}, also),
	);
}

const pinNow = async () => pinOf((await readState()).config);

export async function signIn(): Promise<void> {
	const pin = await pinNow();
	await acceptGrant(pin, await launchFlow(pin, true));
}

/** For developers and tests: a token pasted by hand, checked with VerifyCredentials before it is kept. */
export async function signInWithToken(token: string): Promise<void> {
	const accessToken = token.trim();
	if (!accessToken) {
		throw new WorkerError('sign-in-failed', t('error_noToken'));
	}

	await acceptGrant(await pinNow(), {accessToken});
}

/** The user's own choice: the token and who they are are forgotten, and no sign-in still running may bring them back; changes not yet sent wait for them in storage. */
export async function signOut(): Promise<void> {
	voidSignIns();
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
must come back as themselves. False when it did not work; the user is then signed out, unless
a sign-out or a change of settings overtook it, and it then stores nothing and signs no one out.
*/
export function renewSignIn(owner: Pick<Scope, 'apiBaseUrl' | 'userId'>): Promise<boolean> {
	renewal ??= (async () => {
		const {account, config} = await readState();
		const pin = pinOf(config);
		if (!account || account.userId !== owner.userId || pin.apiBaseUrl !== owner.apiBaseUrl) {
			return false;
		}

		try {
			await acceptGrant(pin, await launchFlow(pin, false), account.userId);
			return true;
		} catch (error) {
			logWarning(`silent sign-in did not work (${error instanceof Error ? error.message : 'unknown reason'})`);
			// After a sign-out or a change of settings, the stored token is theirs to keep or forget, not this renewal's.
			if (isCurrent(pin, (await readState()).config)) {
				await markSignedOut();
			}

			return false;
		}
	})().finally(() => {
		renewal = undefined;
	});
	return renewal;
}
