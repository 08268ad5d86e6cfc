/**
The OAuth 2.0 implicit grant, as AdultWork documents it for browser extensions: pure
functions that build the sign-in address and read the redirect it ends on.
*/

/** DirectCam operations, and the group fields of VerifyCredentials. The separator is INFERRED. */
export const signInScopes = ['account_webcam_bookings', 'account_information'];

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
	| {outcome: 'token'; accessToken: string; expiresInSeconds?: number}
	| {outcome: 'cancelled'}
	| {outcome: 'refused'; reason: string}
	| {outcome: 'state-mismatch'}
	| {outcome: 'no-token'};

/** Reads the fragment (where the implicit grant puts the token) and the query (where errors may land). */
export function readAuthRedirect(redirectedTo: string, expectedState: string): AuthRedirect {
	const url = new URL(redirectedTo);
	const parameters = new URLSearchParams(url.search);
	for (const [key, value] of new URLSearchParams(url.hash.slice(1))) {
		parameters.set(key, value);
	}

	if (parameters.get('status') === 'cancelled' || parameters.get('error') === 'access_denied') {
		return {outcome: 'cancelled'};
	}

	const error = parameters.get('error');
	if (error) {
		return {outcome: 'refused', reason: parameters.get('error_description') ?? error};
	}

	if (parameters.get('state') !== expectedState) {
		return {outcome: 'state-mismatch'};
	}

	const accessToken = parameters.get('access_token');
	if (!accessToken) {
		return {outcome: 'no-token'};
	}

	const expiresIn = Number(parameters.get('expires_in'));
	return Number.isFinite(expiresIn) && expiresIn > 0
		? {outcome: 'token', accessToken, expiresInSeconds: expiresIn}
		: {outcome: 'token', accessToken};
}
