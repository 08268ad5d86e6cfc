import browser from 'webextension-polyfill';
import type {OfferEntry, PageView} from '../../messaging/protocol';
import {apiKeyOf, heldApiKeys} from '../state/api-keys';
import {changeView} from '../state/outbox';
import {hasHostPermission, knownHostPermission} from '../lib/host-permission';
import {isRefreshing} from '../state/list-flights';
import {apiBaseUrlOf, offerCacheOf, currentScope, offerKey} from '../state/offer-cache';
import {credentials} from '../state/secrets';
import {readState} from '../state/write-queue';
import type {StoredState} from '../state/stored-state';
import {readToken} from '../state/token-store';

function redirectUrl(): string {
	try {
		return browser.identity.getRedirectURL();
	} catch {
		// A browser without the identity API: there is no redirect URL to register.
		return '';
	}
}

/**
What a reply to a page carries: built from the stored state, with no token and no API key in it.
`askPermission`: the host permission asked of the browser again (a page asks for the state after
access was granted outside the worker), not its last answer.
*/
export async function buildPageView({askPermission = false} = {}): Promise<PageView> {
	return (await buildPageViewAndSecrets({askPermission})).state;
}

/**
The pages' view, and the credentials it must never carry, from one read of each: of the stored
state, or of `of`, a state on its way to storage, with the browser's last answer on the host
permission (kept until permissions change) unless `askPermission`.
*/
export async function buildPageViewAndSecrets({of, askPermission = false}: {of?: StoredState; askPermission?: boolean} = {}): Promise<{
	state: PageView;
	secrets: string[];
}> {
	// Taken before anything is read, so everything in the view is at least as new as its revision.
	const revision = performance.timeOrigin + performance.now();
	const state = of ?? (await readState());
	const apiBaseUrl = apiBaseUrlOf(state.config);
	// Side by side: each is a trip to the browser, and every reply to a page waits for them.
	const [token, hostPermission] = await Promise.all([readToken(apiBaseUrl), askPermission ? hasHostPermission(apiBaseUrl) : knownHostPermission(apiBaseUrl)]);
	const signedIn = state.account !== undefined && token?.userId === state.account.userId;
	const scope = currentScope(state);
	const cache = scope && offerCacheOf(state, scope);
	const situation = {ownerSignedIn: signedIn, now: Date.now()};
	const {config} = state;
	const view: PageView = {
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
		offers: (cache?.offers ?? []).map(offer => {
			const entry: OfferEntry = {offer};
			const record = cache!.outbox[offerKey(offer.OfferID)];
			const change = record && changeView(record, situation);
			const draft = cache!.drafts[offerKey(offer.OfferID)];
			if (change) {
				entry.change = change;
			}

			if (draft) {
				entry.draft = draft;
			}

			return entry;
		}),
		noOfferList: cache?.noOfferList ?? false,
		refreshing: isRefreshing(),
		pausedOfferIds: [...(cache?.pausedOfferIds ?? [])],
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

	if (cache?.fetchedAt !== undefined) {
		view.fetchedAt = cache.fetchedAt;
	}

	if (cache?.rates) {
		view.rates = cache.rates;
	}

	if (state.error) {
		view.error = state.error;
	}

	if (signedIn && token?.grantedScopes) {
		view.grantedScopes = token.grantedScopes;
	}

	return {state: view, secrets: credentials(token?.accessToken, ...heldApiKeys(config))};
}
