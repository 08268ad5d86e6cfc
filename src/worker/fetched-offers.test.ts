// @vitest-environment node
import {ApiError} from '../api/api-error';
import type {Offer} from '../model/offer';
import {applyFetchedOffers, mergeFetchedOffers} from './fetched-offers';
import {scopeKey} from './scope';
import type {Book, Durable, Scope} from './stored-state';

const scope: Scope = {apiBaseUrl: 'https://api.adultwork.com', userId: 1001};
const offer = (id: number, extra: Partial<Offer> = {}): Offer => ({OfferID: id, Title: `Offer ${id}`, Duration: 10, TotalCredits: 18, ModeID: 3, CurrentlyAvailable: true, ...extra});

function makeBook(extra: Partial<Book> = {}): Book {
	return {scope, offers: [offer(1), offer(2)], noOfferList: false, pending: {}, drafts: {}, pausedOfferIds: [], confirmedAt: {}, ...extra};
}

const fulfilled = <T>(value: T): PromiseSettledResult<T> => ({status: 'fulfilled', value});
const rejected = (reason: unknown): PromiseSettledResult<never> => ({status: 'rejected', reason});

it('takes the list, except an offer an update answer confirmed after the list was asked for', () => {
	const book = makeBook({offers: [offer(1, {Title: 'Just saved'}), offer(2)], confirmedAt: {1: 500}});
	expect(mergeFetchedOffers(book, [offer(1), offer(2, {Title: 'Renamed'})], 400)).toEqual([offer(1, {Title: 'Just saved'}), offer(2, {Title: 'Renamed'})]);
	expect(mergeFetchedOffers(book, [offer(1), offer(2)], 600)[0]).toEqual(offer(1));
});

it('keeps an offer the list lost while a change of it waits', () => {
	const book = makeBook({pending: {2: {patch: {CurrentlyAvailable: false}, status: 'waiting', attempts: 0}}});
	expect(mergeFetchedOffers(book, [offer(1)], 0).map(({OfferID}) => OfferID)).toEqual([1, 2]);
	expect(mergeFetchedOffers(makeBook(), [offer(1)], 0).map(({OfferID}) => OfferID)).toEqual([1]);
});

describe('applyFetchedOffers', () => {
	const state = (book?: Book): Durable => ({
		config: {environment: 'production', rememberMe: false},
		members: [],
		books: book ? {[scopeKey(scope)]: book} : {},
		error: {code: 'network', message: 'old failure'},
	});

	it('stores the offers, the time and the normal rates, and forgets drafts of offers gone', () => {
		const draft = state(makeBook({drafts: {2: {Title: 'half typed'}}}));
		applyFetchedOffers(draft, scope, {list: fulfilled([offer(1)]), settings: fulfilled({PrivatePPM: 2.5, DoesGroup: null}), startedAt: 10, now: 20});
		const book = draft.books[scopeKey(scope)]!;
		expect(book).toMatchObject({offers: [offer(1)], fetchedAt: 20, noOfferList: false, rates: {PrivatePPM: 2.5}, drafts: {}});
		expect(draft.error).toBeUndefined();
	});

	it('records an API without a list, keeping the offers added by ID', () => {
		const draft = state(makeBook());
		applyFetchedOffers(draft, scope, {list: rejected(new ApiError('no-offer-list', {status: 404})), settings: rejected(new ApiError('network')), startedAt: 10, now: 20});
		expect(draft.books[scopeKey(scope)]).toMatchObject({noOfferList: true, fetchedAt: 20, offers: [offer(1), offer(2)]});
	});

	it('keeps the cache and says why when the list failed', () => {
		const draft = state();
		applyFetchedOffers(draft, scope, {list: rejected(new ApiError('server', {status: 503, message: 'Down for maintenance'})), settings: rejected(new ApiError('server')), startedAt: 10, now: 20});
		expect(draft.error).toEqual({code: 'server', message: 'AdultWork is having trouble: Down for maintenance', serverMessage: 'Down for maintenance'});
		expect(draft.books[scopeKey(scope)]!.fetchedAt).toBeUndefined();
	});
});
