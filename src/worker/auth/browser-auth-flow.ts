import browser from 'webextension-polyfill';
import {buildAuthorizeUrl, randomState, readAuthRedirect} from './implicit-grant';
import {notSignedIn, WorkerError} from '../lib/errors';
import {explainSignInFailure} from './sign-in-failure';
import type {SignInPin} from './sign-in-pin';
import {t} from '../../shared/i18n';

export type Grant = {accessToken: string; expiresAt?: number; grantedScopes?: string[]};

/** The implicit grant in the browser's own sign-in window, for the settings pinned when the sign-in started. Silent (`interactive: false`) when AdultWork remembers the consent. */
export async function launchFlow({authorizeUrl, clientId}: SignInPin, interactive: boolean): Promise<Grant> {
	if (!clientId) {
		throw new WorkerError('bad-client-id', t('error_noClientId'));
	}

	const redirectUrl = browser.identity.getRedirectURL();
	const expectedState = randomState();
	const url = buildAuthorizeUrl({authorizeUrl, clientId, redirectUrl, state: expectedState});
	let redirectedTo: string;
	try {
		redirectedTo = await browser.identity.launchWebAuthFlow({url, interactive});
	} catch (error) {
		throw interactive ? await explainSignInFailure(error, {url, clientId, redirectUrl}) : notSignedIn();
	}

	const answer = readAuthRedirect(redirectedTo, expectedState);
	switch (answer.outcome) {
		case 'token': {
			const {accessToken, grantedScopes, expiresInSeconds} = answer;
			return expiresInSeconds === undefined ? {accessToken, grantedScopes} : {accessToken, grantedScopes, expiresAt: Date.now() + expiresInSeconds * 1000};
		}

		case 'cancelled': {
			throw new WorkerError('sign-in-cancelled', t('error_signInCancelled'));
		}

		case 'refused': {
			throw new WorkerError('sign-in-failed', t('error_signInRefused', answer.reason));
		}

		case 'state-mismatch': {
			throw new WorkerError('sign-in-failed', t('error_signInStateMismatch'));
		}

		case 'token-in-query': {
			throw new WorkerError('sign-in-failed', t('error_tokenInQuery'));
		}

		case 'no-token': {
			throw new WorkerError('sign-in-failed', t('error_noGrant'));
		}
	}
}
