// @vitest-environment node
import {makeOfferCache, makeStoredState, makeEntry, testScope} from '../../../test/fake-browser/stored-state-fixture';
import {dropUnusedCaches} from './cache-cleanup';
import {scopeKey} from './offer-cache';
import {tuning} from '../lib/tuning';

const now = 100 * 24 * 60 * 60 * 1000;
const old = now - tuning.dropCachesAfterMs - 1;
const member = {...testScope, actingFor: 3002};
const otherUser = {...testScope, userId: 1002};

it('drops offer caches of other accounts or members untouched for 30 days, unless they hold a change or a draft', () => {
	const state = makeStoredState([
		makeOfferCache({fetchedAt: old}),
		makeOfferCache({scope: member, fetchedAt: old}),
		makeOfferCache({scope: otherUser, fetchedAt: old, seenAt: {7: now - 1000}}),
		makeOfferCache({scope: {...otherUser, actingFor: 1}, fetchedAt: old, outbox: {7: makeEntry({Title: 'Kept'})}}),
		makeOfferCache({scope: {...otherUser, actingFor: 2}, fetchedAt: old, drafts: {7: {touched: {Title: 'x'}, openedOn: {Title: 'y'}}}}),
	]);
	dropUnusedCaches(state, now);
	expect(Object.keys(state.offerCaches).sort()).toEqual(
		[
			// The signed-in user's own cache stays, however old; so does one AdultWork showed an offer of lately.
			scopeKey(testScope),
			scopeKey(otherUser),
			scopeKey({...otherUser, actingFor: 1}),
			scopeKey({...otherUser, actingFor: 2}),
		].sort(),
	);
	expect(state.offerCaches[scopeKey(member)]).toBeUndefined();
});
