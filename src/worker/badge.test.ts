// @vitest-environment node
import {badgeFor, badgeView} from './badge';
import {scopeKey} from './scope';
import type {Durable, Scope} from './stored-state';

// No catalog outside the browser: the pages' `t` falls back to the English messages.
vi.mock('webextension-polyfill', async () => ({default: {i18n: (await import('../../test/fake-browser/fake-i18n')).createFakeI18n(() => 'en')}}));

const scope: Scope = {apiBaseUrl: 'https://api.adultwork.com', userId: 1001};

function makeState(pending: Durable['books'][string]['pending'], pausedOfferIds: number[] = []): Durable {
	return {
		config: {environment: 'production', rememberMe: false},
		account: {userId: 1001, isGroupManager: false},
		members: [],
		books: {[scopeKey(scope)]: {
			scope,
			offers: [{OfferID: 7, Title: 'Slow dance', Duration: 10, TotalCredits: 18, ModeID: 3, CurrentlyAvailable: true}],
			noOfferList: false,
			pending,
			drafts: {},
			pausedOfferIds,
			confirmedAt: {},
		}},
	};
}

const badgeOf = (state: Durable, signedIn = true) => badgeFor(badgeView(state, signedIn, scopeKey(scope)));

it('shows nothing when all is well', () => {
	expect(badgeOf(makeState({})).text).toBe('');
});

it('counts the changes waiting to be sent', () => {
	expect(badgeOf(makeState({7: {patch: {CurrentlyAvailable: false}, status: 'sending', attempts: 1}}))).toMatchObject({
		text: '1',
		title: 'Changes waiting to be sent: 1',
	});
});

it('says why with "!" when a change failed or nobody is signed in, before anything else', () => {
	const failed = makeState({7: {patch: {}, status: 'failed', attempts: 1, error: {code: 'validation', message: 'AdultWork refused the change: No'}}}, [7]);
	expect(badgeOf(failed)).toMatchObject({text: '!', title: 'A change failed: Slow dance: AdultWork refused the change: No'});
	expect(badgeOf(makeState({}), false)).toMatchObject({text: '!', title: 'Signed out: sign in to manage your DirectCam offers'});
});

it('shows a pause sign while paused', () => {
	expect(badgeOf(makeState({}, [7]))).toMatchObject({text: '❚❚', title: expect.stringContaining('Resume paused offers')});
});
