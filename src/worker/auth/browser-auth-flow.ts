import browser from 'webextension-polyfill';
import {buildAuthorizeUrl, randomState, readAuthRedirect} from './implicit-grant';
import {notSignedIn, WorkerError} from '../lib/errors';
import {explainSignInFailure} from './sign-in-failure';
import type {SignInPin} from './sign-in-pin';

export type Grant = {accessToken: string; expiresAt?: number; grantedScopes?: string[]};

/** The implicit grant in the browser's own sign-in window, for the settings pinned when the sign-in started. Silent (`interactive: false`) when AdultWork remembers the consent. */
export async function launchFlow({authorizeUrl, clientId}: SignInPin, interactive: boolean): Promise<Grant> {
	if (!clientId) {
		throw new WorkerError('bad-client-id', 'Enter the client ID of your AdultWork project in the options first.');
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
			throw new WorkerError('sign-in-cancelled', 'Sign-in was cancelled.');
		}

		case 'refused': {
			throw new WorkerError('sign-in-failed', `AdultWork refused the sign-in: ${answer.reason}`);
		}

		case 'state-mismatch': {
			throw new WorkerError('sign-in-failed', 'The sign-in answer did not belong to this sign-in, so it was ignored. Please try again.');
		}

		case 'token-in-query': {
			throw new WorkerError(
				'sign-in-failed',
				'The sign-in answer carried the access token in the address’s query, where AdultWork never puts it, so it was refused.',
			);
		}

		case 'no-token': {
			throw new WorkerError('sign-in-failed', 'AdultWork finished the sign-in without giving access.');
		}
	}
}
