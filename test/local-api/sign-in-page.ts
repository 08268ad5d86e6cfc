import {html, redirect, type Answer} from './answers';
import {parseScopes, type Auth} from './auth';
import {parseId, type Route, type RouteTable} from './context';
import {demoClientId, demoUser, demoUsers} from './demo-data';
import {errorPage, signInPage} from './sign-in-html';

/**
The sign-in of the implicit grant (DOC flow), as the extension's launchWebAuthFlow sees it:
a consent page, then a redirect with the token in the fragment. A remembered consent makes
a later visit redirect at once, which is what a non-interactive sign-in needs.
*/
const parameterNames = ['response_type', 'client_id', 'redirect_uri', 'scope', 'state'] as const;
type Parameters = Partial<Record<(typeof parameterNames)[number], string>>;

export const consentCookie = 'aw_consent';
export const tokenLifetimeSeconds = 3600;

function readParameters(source: URLSearchParams): Parameters {
	const parameters: Parameters = {};
	for (const name of parameterNames) {
		const value = source.get(name);
		if (value !== null) {
			parameters[name] = value;
		}
	}

	return parameters;
}

/**
An extension's own redirect URL, as `identity.getRedirectURL()` gives it: Chromium's from the
extension ID (32 letters a–p), Firefox's from a SHA-1 of it (40 hex digits). No other address
gets a token, so a page that sends someone here cannot have it delivered to itself.
*/
const extensionRedirectUrl = /^https:\/\/(?:[a-p]{32}\.chromiumapp\.org|[\da-f]{40}\.extensions\.allizom\.org)\/$/;

function isRedirectUri(text: string | undefined): text is string {
	return extensionRedirectUrl.test(text ?? '');
}

function problemWith(parameters: Parameters): string | undefined {
	if (parameters.client_id !== demoClientId) {
		return 'Unknown client_id.';
	}

	if (parameters.response_type !== 'token') {
		return 'Unsupported response_type: only response_type=token (the implicit grant) is served here.';
	}

	return isRedirectUri(parameters.redirect_uri) ? undefined : 'Missing redirect_uri, or not an extension’s redirect URL.';
}

function redirectWithFragment(redirectUri: string, pairs: Array<[string, string | undefined]>, headers: Record<string, string> = {}): Answer {
	const fragment = pairs
		.filter((pair): pair is [string, string] => pair[1] !== undefined)
		.map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
		.join('&');
	return redirect(`${redirectUri.split('#')[0]!}#${fragment}`, {'cache-control': 'no-store', ...headers});
}

function grant(auth: Auth, parameters: Parameters, userId: number, headers: Record<string, string> = {}): Answer {
	const token = auth.issue(userId, {expiresInSeconds: tokenLifetimeSeconds, scopes: parseScopes(parameters.scope ?? '')});
	return redirectWithFragment(
		parameters.redirect_uri!,
		[
			['access_token', token],
			['token_type', 'bearer'],
			['expires_in', String(tokenLifetimeSeconds)],
			['scope', parameters.scope],
			['state', parameters.state],
		],
		headers,
	);
}

function consentedUser(cookieHeader: string | undefined): number | undefined {
	const value = cookieHeader
		?.split(';')
		.map(part => part.trim().split('='))
		.find(([name]) => name === consentCookie)?.[1];
	return parseId(value);
}

const showSignIn: Route = ({url, headers, state}) => {
	const parameters = readParameters(url.searchParams);
	const problem = problemWith(parameters);
	if (problem) {
		return html(errorPage(problem), 400);
	}

	const userId = consentedUser(headers.cookie);
	if (userId !== undefined && state.auth.hasConsent(parameters.client_id!, userId)) {
		return grant(state.auth, parameters, userId);
	}

	return html(signInPage(parameters));
};

const answerSignIn: Route = ({rawBody, state}) => {
	const form = new URLSearchParams(rawBody);
	const parameters = readParameters(form);
	const problem = problemWith(parameters);
	if (problem) {
		return html(errorPage(problem), 400);
	}

	const action = form.get('action');
	if (action === 'cancel') {
		return redirectWithFragment(parameters.redirect_uri!, [
			['status', 'cancelled'],
			['state', parameters.state],
		]);
	}

	// A form without the select (a scripted press) means the page's default choice.
	const userId = parseId(form.get('user') ?? String(demoUsers[0]!.UserID));
	if (action !== 'allow' || userId === undefined || !demoUser(userId)) {
		return html(errorPage('Choose a demo user, then Allow or Cancel.'), 400);
	}

	state.auth.grantConsent(parameters.client_id!, userId);
	return grant(state.auth, parameters, userId, {'set-cookie': `${consentCookie}=${userId}; Path=/OAuth; HttpOnly; SameSite=Lax`});
};

export const signInRoutes: RouteTable = {
	'/oauth/authorize': {GET: showSignIn, POST: answerSignIn},
};
