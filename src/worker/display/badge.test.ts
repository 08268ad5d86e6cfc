// @vitest-environment node
import {makeOfferCache, makeStoredState, makeEntry, testScope as scope} from '../../../test/fake-browser/stored-state-fixture';
import {badgeFor, badgeView} from './badge';
import {scopeKey} from '../state/offer-cache';
import type {OfferCache, StoredState} from '../state/stored-state';

// No catalog outside the browser: the pages' `t` falls back to the English messages.
vi.mock('webextension-polyfill', async () => ({default: {i18n: (await import('../../../test/fake-browser/fake-i18n')).createFakeI18n(() => 'en')}}));

function makePageView(outbox: OfferCache['outbox'], pausedOfferIds: number[] = []): StoredState {
	return makeStoredState([
		makeOfferCache({
			offers: [{OfferID: 7, Title: 'Slow dance', Duration: 10, TotalCredits: 18, ModeID: 3, CurrentlyAvailable: true}],
			outbox,
			pausedOfferIds,
		}),
	]);
}

const badgeOf = (state: StoredState, signedIn = true) => badgeFor(badgeView(state, signedIn, scopeKey(scope)));

it('shows nothing when all is well', () => {
	expect(badgeOf(makePageView({})).text).toBe('');
});

it('counts the changes waiting to be sent', () => {
	expect(badgeOf(makePageView({7: makeEntry({CurrentlyAvailable: false}, {inFlight: {seqs: {CurrentlyAvailable: 1}, at: 0}})}))).toMatchObject({
		text: '1',
		title: 'Changes waiting to be sent: 1',
	});
});

it('says why with "!" when a change failed or nobody is signed in, before anything else', () => {
	const failed = makePageView({7: makeEntry({}, {refused: {Title: {value: 'Rude', seq: 1, message: 'Title contains a word that is not allowed.'}}})}, [7]);
	expect(badgeOf(failed)).toMatchObject({text: '!', title: 'A change failed: Slow dance: Title contains a word that is not allowed.'});
	expect(badgeOf(makePageView({}), false)).toMatchObject({text: '!', title: 'Signed out: sign in to manage your DirectCam offers'});
});

it('shows a pause sign while paused', () => {
	expect(badgeOf(makePageView({}, [7]))).toMatchObject({text: '❚❚', title: expect.stringContaining('Resume paused offers')});
});
