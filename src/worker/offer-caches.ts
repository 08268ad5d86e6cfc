import {isSettled} from './changes/outbox';
import {currentScope, scopeKey} from './scope';
import type {Book, Durable} from './stored-state';
import {tuning} from './tuning';

/** When the cache was last of use: its last list, or the last time AdultWork showed one of its offers. */
const lastUsedAt = (book: Book) => Math.max(book.fetchedAt ?? 0, ...Object.values(book.seenAt));

/**
Offer caches of other accounts or members, untouched for `dropCachesAfterMs`, are dropped at
browser start; one that still holds a change or a draft stays, so no edit is lost.
*/
export function dropUnusedCaches(draft: Durable, now: number): void {
	const scope = currentScope(draft);
	const current = scope && scopeKey(scope);
	for (const [key, book] of Object.entries(draft.books)) {
		const holdsWork = Object.values(book.outbox).some(entry => !isSettled(entry)) || Object.keys(book.drafts).length > 0;
		if (key !== current && !holdsWork && now - lastUsedAt(book) > tuning.dropCachesAfterMs) {
			delete draft.books[key];
		}
	}
}
