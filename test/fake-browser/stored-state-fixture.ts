import type {OutboxEntry} from '../../src/worker/changes/outbox';
import {scopeKey} from '../../src/worker/scope';
import type {Book, Durable, Scope} from '../../src/worker/stored-state';

/** The stored state as unit tests build it: one signed-in performer on production, and the books given. */
export const testScope: Scope = {apiBaseUrl: 'https://api.adultwork.com', userId: 1001};

export function makeBook(extra: Partial<Book> = {}): Book {
	return {scope: testScope, offers: [], seenAt: {}, noOfferList: false, outbox: {}, seq: 0, drafts: {}, pausedOfferIds: [], ...extra};
}

export function makeDurable(books: Book[] = [makeBook()], extra: Partial<Durable> = {}): Durable {
	return {
		config: {environment: 'production', rememberMe: false},
		account: {userId: testScope.userId, isGroupManager: false},
		members: [],
		books: Object.fromEntries(books.map(book => [scopeKey(book.scope), book])),
		...extra,
	};
}

/** An outbox record: the intents given (numbered in order, made at `at`), and anything else. */
export function makeEntry(intents: Record<string, string | number | boolean> = {}, extra: Partial<OutboxEntry> = {}, at = 0): OutboxEntry {
	let seq = 0;
	return {
		intents: Object.fromEntries(Object.entries(intents).map(([field, value]) => [field, {value, seq: ++seq, at}])),
		refused: {},
		held: {},
		failures: 0,
		...extra,
	};
}
