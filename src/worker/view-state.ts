import browser from 'webextension-polyfill';
import type {OfferEntry, State} from '../messaging/protocol';
import {apiKeyOf, heldApiKeys} from './api-keys';
import {changeView} from './changes/outbox';
import {hasHostPermission} from './host-permission';
import {isRefreshing} from './offers-refresh';
import {apiBaseUrlOf, bookOf, currentScope, offerKey} from './scope';
import {credentials} from './secrets';
import {readState} from './store';
import {readToken} from './token-store';

function redirectUrl(): string {
	try {
		return browser.identity.getRedirectURL();
	} catch {
		// A browser without the identity API: there is no redirect URL to register.
		return '';
	}
}

/** What the pages see: built from the stored state, with no token and no API key in it. */
export async function buildState(): Promise<State> {
	return (await buildStateAndSecrets()).state;
}

/** The pages' view, and the credentials it must never carry, from one read of each. */
export async function buildStateAndSecrets(): Promise<{state: State; secrets: string[]}> {
	// Taken before anything is read, so everything in the view is at least as new as its revision.
	const revision = performance.timeOrigin + performance.now();
	const state = await readState();
	const apiBaseUrl = apiBaseUrlOf(state.config);
	// Side by side: each is a trip to the browser, and every reply to a page waits for them.
	const [token, hostPermission] = await Promise.all([readToken(apiBaseUrl), hasHostPermission(apiBaseUrl)]);
	const signedIn = state.account !== undefined && token?.userId === state.account.userId;
	const scope = currentScope(state);
	const book = scope && bookOf(state, scope);
	const situation = {ownerSignedIn: signedIn, now: Date.now()};
	const {config} = state;
	const view: State = {
		revision,
		signedIn,
		config: {
			environment: config.environment,
			apiBaseUrl,
			hasApiKey: apiKeyOf(config) !== undefined,
			rememberMe: config.rememberMe,
			redirectUrl: redirectUrl(),
			hasHostPermission: hostPermission,
		},
		members: [...state.members],
		offers: (book?.offers ?? []).map(offer => {
			const entry: OfferEntry = {offer};
			const record = book!.outbox[offerKey(offer.OfferID)];
			const change = record && changeView(record, situation);
			const draft = book!.drafts[offerKey(offer.OfferID)];
			if (change) {
				entry.change = change;
			}

			if (draft) {
				entry.draft = draft;
			}

			return entry;
		}),
		noOfferList: book?.noOfferList ?? false,
		refreshing: isRefreshing(),
		pausedOfferIds: [...(book?.pausedOfferIds ?? [])],
	};
	if (config.customBaseUrl) {
		view.config.customBaseUrl = config.customBaseUrl;
	}

	if (config.clientId) {
		view.config.clientId = config.clientId;
	}

	if (state.account) {
		view.account = signedIn && token?.expiresAt !== undefined ? {...state.account, tokenExpiresAt: token.expiresAt} : {...state.account};
	}

	if (state.actingFor !== undefined) {
		view.actingFor = state.actingFor;
	}

	if (book?.fetchedAt !== undefined) {
		view.fetchedAt = book.fetchedAt;
	}

	if (book?.rates) {
		view.rates = book.rates;
	}

	if (state.error) {
		view.error = state.error;
	}

	if (signedIn && token?.grantedScopes) {
		view.grantedScopes = token.grantedScopes;
	}

	return {state: view, secrets: credentials(token?.accessToken, ...heldApiKeys(config))};
}
