// @vitest-environment node
import {storedStateFromStorage, storageEntries} from './storage-entries';
import type {StoredState} from './stored-state';

const fallback = {environment: 'production', rememberMe: false} as const;

it('reads back exactly what it writes', () => {
	const state: StoredState = {
		config: {
			environment: 'custom',
			customBaseUrl: 'http://127.0.0.1:8787',
			clientId: 'demo-client',
			apiKeys: {'http://127.0.0.1:8787': 'key-1'},
			rememberMe: true,
		},
		account: {userId: 3001, isGroupManager: true, groupId: 7},
		actingFor: 3002,
		members: [{userId: 3002, nickname: 'Ruby'}],
		offerCaches: {
			'http://127.0.0.1:8787 3001 3002': {
				scope: {apiBaseUrl: 'http://127.0.0.1:8787', userId: 3001, actingFor: 3002},
				offers: [{OfferID: 1, Title: 'A', Duration: 10, TotalCredits: 18, ModeID: 3, CurrentlyAvailable: true}],
				fetchedAt: 5,
				seenAt: {1: 5},
				noOfferList: false,
				outbox: {1: {intents: {CurrentlyAvailable: {value: false, seq: 1, at: 4}}, refused: {}, held: {}, failures: 1, failingSince: 6, nextAttemptAt: 9}},
				seq: 1,
				drafts: {1: {touched: {Title: 'A!'}, openedOn: {Title: 'A'}}},
				pausedOfferIds: [1],
				pauseAwaitsList: {since: 3, spared: [1]},
			},
		},
	};
	const stored = JSON.parse(JSON.stringify(storageEntries(state))) as Record<string, unknown>;
	expect(storedStateFromStorage(stored, fallback)).toEqual(state);
});

it('starts from the build’s settings, and ignores entries in an unknown form', () => {
	const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
	expect(
		storedStateFromStorage(
			{config: {environment: 'moon'}, members: 'none', account: {userId: 'x'}, 'book:x': {offers: 3}, token: {accessToken: 'x'}},
			fallback,
		),
	).toEqual({config: fallback, members: [], offerCaches: {}});
	expect(warn).toHaveBeenCalledWith(expect.stringContaining('book:x'));
	warn.mockRestore();
});

it('gives the one API key of version 0.1 to the API it was set on', () => {
	const config = {environment: 'custom', customBaseUrl: 'http://127.0.0.1:8787', apiKey: 'key-1', rememberMe: true};
	expect(storedStateFromStorage({config}, fallback).config).toEqual({
		environment: 'custom',
		customBaseUrl: 'http://127.0.0.1:8787',
		apiKeys: {'http://127.0.0.1:8787': 'key-1'},
		rememberMe: true,
	});
	expect(storedStateFromStorage({config: {environment: 'sandbox', apiKey: 'key-2', rememberMe: false}}, fallback).config).toEqual({
		environment: 'sandbox',
		apiKeys: {'https://api-sandbox.adultwork.com': 'key-2'},
		rememberMe: false,
	});
});

it('reads an offer cache of version 0.1 into today’s form, keeping its changes and drafts', () => {
	const offer = {OfferID: 1, Title: 'A', Duration: 10, TotalCredits: 18, ModeID: 3, CurrentlyAvailable: true};
	const legacy = {
		scope: {apiBaseUrl: 'https://api.adultwork.com', userId: 1001},
		offers: [offer, {...offer, OfferID: 2}],
		fetchedAt: 5,
		noOfferList: false,
		pending: {
			1: {patch: {CurrentlyAvailable: false, Title: 'B'}, status: 'waiting', attempts: 0},
			2: {patch: {Title: 'Refused'}, status: 'failed', attempts: 1},
		},
		drafts: {1: {Title: 'A!', Duration: '10', CurrentlyAvailable: true}},
		pausedOfferIds: [],
		confirmedAt: {},
	};
	const {offerCaches} = storedStateFromStorage({'book:x': legacy}, fallback);
	expect(offerCaches.x).toMatchObject({
		offers: legacy.offers,
		seenAt: {},
		outbox: {
			1: {intents: {CurrentlyAvailable: {value: false}, Title: {value: 'B'}}, held: {}},
			// Refused by the old version: not sent again without the user's word.
			2: {intents: {}, held: {Title: {value: 'Refused'}}},
		},
		drafts: {1: {touched: {Title: 'A!'}, openedOn: {Title: 'A'}}},
	});
});
