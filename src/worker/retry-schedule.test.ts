// @vitest-environment node
import {nextWake, retryDelay} from './retry-schedule';
import {scopeKey} from './scope';
import type {Book, Durable, Scope} from './stored-state';
import {tune, tuning} from './tuning';

const defaults = {...tuning};
afterEach(() => {
	tune(defaults);
});

it('waits longer after each failed try, up to the last step, or as long as AdultWork asked', () => {
	tune({retryDelaysMs: [30_000, 60_000, 120_000]});
	expect([1, 2, 3, 4, 9].map(attempts => retryDelay(attempts))).toEqual([30_000, 60_000, 120_000, 120_000, 120_000]);
	expect(retryDelay(1, 300_000)).toBe(300_000);
	expect(retryDelay(3, 1000)).toBe(120_000);
});

describe('nextWake', () => {
	const mine: Scope = {apiBaseUrl: 'https://api.adultwork.com', userId: 1001};
	const someoneElse: Scope = {apiBaseUrl: 'https://api.adultwork.com', userId: 2002};
	const book = (scope: Scope, pending: Book['pending']): Book =>
		({scope, offers: [], noOfferList: false, pending, drafts: {}, pausedOfferIds: [], confirmedAt: {}});
	const state = (...books: Book[]): Durable => ({
		config: {environment: 'production', rememberMe: false},
		account: {userId: 1001, isGroupManager: false},
		members: [],
		books: Object.fromEntries(books.map(entry => [scopeKey(entry.scope), entry])),
	});

	it('wakes for the earliest retry or stalled send of the signed-in user', () => {
		expect(nextWake(state(
			book(mine, {
				1: {patch: {}, status: 'waiting', attempts: 1, nextAttemptAt: 5000},
				2: {patch: {}, status: 'sending', attempts: 1, nextAttemptAt: 3000},
				3: {patch: {}, status: 'failed', attempts: 1, nextAttemptAt: 1000},
			}),
			book(someoneElse, {4: {patch: {}, status: 'waiting', attempts: 1, nextAttemptAt: 2000}}),
		))).toBe(3000);
	});

	it('has no reason to wake for changes that wait for a sign-in or for the user', () => {
		expect(nextWake(state(book(mine, {
			1: {patch: {}, status: 'waiting', attempts: 1},
			2: {patch: {}, status: 'failed', attempts: 1},
		})))).toBeUndefined();
	});
});
