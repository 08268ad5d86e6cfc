// @vitest-environment node
import {makeOfferCache as makeTestCache, makeEntry, testScope as scope} from '../../../test/fake-browser/stored-state-fixture';
import {ApiError} from '../../api/api-error';
import type {Offer} from '../../model/offer';
import {applyFetchedOffers, applyFetchedRates, mergeFetchedOffers} from './fetched-offers';
import {scopeKey} from '../state/offer-cache';
import type {OfferCache, StoredState} from '../state/stored-state';

const offer = (id: number, extra: Partial<Offer> = {}): Offer => ({
	OfferID: id,
	Title: `Offer ${id}`,
	Duration: 10,
	TotalCredits: 18,
	ModeID: 3,
	CurrentlyAvailable: true,
	...extra,
});

const makeOfferCache = (extra: Partial<OfferCache> = {}): OfferCache => makeTestCache({offers: [offer(1), offer(2)], ...extra});

const fulfilled = <T>(value: T): PromiseSettledResult<T> => ({status: 'fulfilled', value});
const rejected = (reason: unknown): PromiseSettledResult<never> => ({status: 'rejected', reason});

it('takes the list, except an offer an update answer confirmed after the list was asked for, and notes when each was seen', () => {
	const cache = makeOfferCache({offers: [offer(1, {Title: 'Just saved'}), offer(2)], seenAt: {1: 500}});
	mergeFetchedOffers(cache, [offer(1), offer(2, {Title: 'Renamed'})], 400, 700);
	expect(cache.offers).toEqual([offer(1, {Title: 'Just saved'}), offer(2, {Title: 'Renamed'})]);
	expect(cache.seenAt).toEqual({1: 500, 2: 700});
	// A list asked for before the last sighting of an offer is older news for it, whoever brought that sighting.
	mergeFetchedOffers(cache, [offer(1), offer(2)], 600, 800);
	expect(cache.offers).toEqual([offer(1), offer(2, {Title: 'Renamed'})]);
	expect(cache.seenAt).toEqual({1: 800, 2: 700});
});

it('keeps an offer the list lost while a change of it waits, as last seen', () => {
	const cache = makeOfferCache({outbox: {2: makeEntry({CurrentlyAvailable: false})}, seenAt: {2: 5}});
	mergeFetchedOffers(cache, [offer(1)], 0, 10);
	expect(cache.offers.map(({OfferID}) => OfferID)).toEqual([1, 2]);
	expect(cache.seenAt).toEqual({1: 10, 2: 5});
	const without = makeOfferCache();
	mergeFetchedOffers(without, [offer(1)], 0, 10);
	expect(without.offers.map(({OfferID}) => OfferID)).toEqual([1]);
});

describe('applyFetchedOffers', () => {
	const state = (cache?: OfferCache): StoredState => ({
		config: {environment: 'production', rememberMe: false},
		members: [],
		offerCaches: cache ? {[scopeKey(scope)]: cache} : {},
		error: {code: 'network', message: 'old failure'},
	});

	it('stores the offers, the time and the normal rates, and forgets drafts of offers gone', () => {
		const draft = state(makeOfferCache({drafts: {2: {touched: {Title: 'half typed'}, openedOn: {Title: 'Offer 2'}}}}));
		applyFetchedOffers(draft, scope, {list: fulfilled([offer(1)]), startedAt: 10, now: 20});
		applyFetchedRates(draft, scope, {PrivatePPM: 2.5, DoesGroup: null});
		const cache = draft.offerCaches[scopeKey(scope)]!;
		expect(cache).toMatchObject({offers: [offer(1)], fetchedAt: 20, noOfferList: false, rates: {PrivatePPM: 2.5}, drafts: {}});
		expect(draft.error).toBeUndefined();
	});

	it('pauses in the same write what a list asked for after pause-all shows available, unless the user set it since', () => {
		const draft = state(
			makeOfferCache({
				offers: [offer(1, {CurrentlyAvailable: false}), offer(2, {CurrentlyAvailable: false}), offer(3, {CurrentlyAvailable: false})],
				pausedOfferIds: [1],
				pauseAwaitsList: {since: 100, spared: [3]},
				outbox: {3: makeEntry({CurrentlyAvailable: true})},
			}),
		);
		// Offer 2 was switched on at the website; offer 3 by the user in the extension after the press.
		const listed = [offer(1, {CurrentlyAvailable: false}), offer(2), offer(3, {CurrentlyAvailable: false})];
		applyFetchedOffers(draft, scope, {list: fulfilled(listed), startedAt: 99, now: 120});
		expect(draft.offerCaches[scopeKey(scope)]!.pauseAwaitsList).toEqual({since: 100, spared: [3]});
		applyFetchedOffers(draft, scope, {list: fulfilled(listed), startedAt: 101, now: 130});
		const cache = draft.offerCaches[scopeKey(scope)]!;
		expect(cache.pauseAwaitsList).toBeUndefined();
		expect(cache.pausedOfferIds).toEqual([1, 2]);
		expect(cache.outbox['2']!.intents.CurrentlyAvailable!.value).toBe(false);
		expect(cache.outbox['3']!.intents.CurrentlyAvailable!.value).toBe(true);
	});

	it('records an API without a list, keeping the offers added by ID', () => {
		const draft = state(makeOfferCache());
		applyFetchedOffers(draft, scope, {
			list: rejected(new ApiError('no-offer-list', {status: 404})),
			startedAt: 10,
			now: 20,
		});
		expect(draft.offerCaches[scopeKey(scope)]).toMatchObject({noOfferList: true, fetchedAt: 20, offers: [offer(1), offer(2)]});
	});

	it('keeps the cache and says why when the list failed', () => {
		const draft = state();
		applyFetchedOffers(draft, scope, {
			list: rejected(new ApiError('server', {status: 503, message: 'Down for maintenance'})),
			startedAt: 10,
			now: 20,
		});
		expect(draft.error).toEqual({code: 'server', message: 'AdultWork is having trouble: Down for maintenance', serverMessage: 'Down for maintenance'});
		expect(draft.offerCaches[scopeKey(scope)]!.fetchedAt).toBeUndefined();
	});
});
