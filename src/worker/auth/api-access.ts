import {ApiError} from '../../api/api-error';
import type {ApiClient} from '../../api/client';
import {apiClientFor} from './api-client';
import {notSignedIn, WorkerError} from '../lib/errors';
import {hasHostPermission} from '../lib/host-permission';
import {markSignedOut, renewSignIn} from './sign-in';
import type {Scope} from '../state/stored-state';
import {type TokenOwner, usableToken} from '../state/token-store';
import {t} from '../../shared/i18n';

type Attempt<T> = {ok: true; value: T} | {ok: false; error: unknown; usedToken: string | undefined};

async function attempt<T>(owner: TokenOwner, call: (client: ApiClient) => Promise<T>): Promise<Attempt<T>> {
	let usedToken: string | undefined;
	const client = apiClientFor(owner.apiBaseUrl, async () => {
		usedToken = await usableToken(owner);
		return usedToken;
	});
	try {
		return {ok: true, value: await call(client)};
	} catch (error) {
		return {ok: false, error, usedToken};
	}
}

const isUnauthorized = (error: unknown) => error instanceof ApiError && error.kind === 'unauthorized';

/**
Calls AdultWork as the owner of the offers asked about, with that user's token for that API
and no other: without one the call waits for them to sign in. A 401 (or an expired token)
gets one silent sign-in, shared with every other request that met it, then one more try; a
token renewed meanwhile by another request is simply used. When nothing helps, the user is signed out.
*/
export async function callApi<T>(owner: Scope, call: (client: ApiClient) => Promise<T>): Promise<T> {
	const {apiBaseUrl} = owner;
	try {
		return await callSignedIn(owner, call);
	} catch (error) {
		// The browser blocks a request it has no host permission for, and calls it a network error.
		if (error instanceof ApiError && error.kind === 'network' && !(await hasHostPermission(apiBaseUrl))) {
			throw new WorkerError('permission-denied', t('error_noHostAccess', new URL(apiBaseUrl).origin));
		}

		throw error;
	}
}

async function callSignedIn<T>(owner: TokenOwner, call: (client: ApiClient) => Promise<T>): Promise<T> {
	const first = await attempt(owner, call);
	if (first.ok) {
		return first.value;
	}

	if (!isUnauthorized(first.error)) {
		throw first.error;
	}

	const renewed = await usableToken(owner);
	if ((renewed === undefined || renewed === first.usedToken) && !(await renewSignIn(owner))) {
		throw notSignedIn();
	}

	const second = await attempt(owner, call);
	if (second.ok) {
		return second.value;
	}

	if (isUnauthorized(second.error)) {
		await markSignedOut();
		throw notSignedIn();
	}

	throw second.error;
}
