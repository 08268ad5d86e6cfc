/**
The OAuth 2.0 implicit grant, as AdultWork documents it for browser extensions: pure
functions that build the sign-in address and read the redirect it ends on.
*/

import {signInScopes} from '../../messaging/sign-in-scopes';

export type AuthorizeRequest = {
	authorizeUrl: string;
	clientId: string;
	redirectUrl: string;
	state: string;
};

export function buildAuthorizeUrl({authorizeUrl, clientId, redirectUrl, state}: AuthorizeRequest): string {
	const url = new URL(authorizeUrl);
	url.search = new URLSearchParams({
		response_type: 'token',
		client_id: clientId,
		redirect_uri: redirectUrl,
		// The separator is INFERRED.
		scope: signInScopes.join(' '),
		state,
	}).toString();
	return url.href;
}

/** Unguessable, so a redirect the worker did not ask for is recognised. */
export function randomState(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	return Array.from(bytes, byte => byte.toString(16).padStart(2, '0')).join('');
}

export type AuthRedirect =
	| {outcome: 'token'; accessToken: string; expiresInSeconds?: number; grantedScopes: string[]}
	| {outcome: 'cancelled'}
	| {outcome: 'refused'; reason: string}
	| {outcome: 'state-mismatch'}
	| {outcome: 'token-in-query'}
	| {outcome: 'no-token'};

/** OAuth leaves `scope` out when it grants what was asked; AdultWork's separator is INFERRED, so commas count too. */
function grantedScopesOf(scope: string | null): string[] {
	return scope === null ? [...signInScopes] : scope.split(/[\s,]+/).filter(Boolean);
}

/**
Reads the redirect a sign-in ended on. The implicit grant answers in the fragment, which never
reaches a server; a cancellation or an error may come in the query instead (as AdultWork's
code flow puts them), a token never. The state is checked before anything else is believed:
an answer to another sign-in, error or not, is ignored.
*/
export function readAuthRedirect(redirectedTo: string, expectedState: string): AuthRedirect {
	const url = new URL(redirectedTo);
	const query = new URLSearchParams(url.search);
	const parameters = url.hash.length > 1 ? new URLSearchParams(url.hash.slice(1)) : query;
	if (parameters.get('state') !== expectedState) {
		return {outcome: 'state-mismatch'};
	}

	// A token in the query lands in server logs and history: whoever sent it there is not to be trusted.
	if (query.has('access_token')) {
		return {outcome: 'token-in-query'};
	}

	if (parameters.get('status') === 'cancelled' || parameters.get('error') === 'access_denied') {
		return {outcome: 'cancelled'};
	}

	const error = parameters.get('error');
	if (error) {
		return {outcome: 'refused', reason: parameters.get('error_description') ?? error};
	}

	const accessToken = parameters.get('access_token');
	if (!accessToken) {
		return {outcome: 'no-token'};
	}

	const grantedScopes = grantedScopesOf(parameters.get('scope'));
	const expiresIn = Number(parameters.get('expires_in'));
	return Number.isFinite(expiresIn) && expiresIn > 0
		? {outcome: 'token', accessToken, expiresInSeconds: expiresIn, grantedScopes}
		: {outcome: 'token', accessToken, grantedScopes};
}
