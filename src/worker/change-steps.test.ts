// @vitest-environment node
import {ApiError} from '../api/api-error';
import type {Offer} from '../model/offer';
import {claimChange, proposeChange, recordSendFailure, recordSendSuccess} from './change-steps';
import {notSignedIn, WorkerError} from './errors';
import {scopeKey} from './scope';
import type {Book, Durable, Scope} from './stored-state';
import {tune, tuning} from './tuning';

const scope: Scope = {apiBaseUrl: 'https://api.adultwork.com', userId: 1001};
const offer: Offer = {OfferID: 7, OfferNumber: 2, Title: 'Slow dance', Duration: 10, TotalCredits: 18, ModeID: 3, CurrentlyAvailable: true, AllowRateContinue: false};
const now = 1_000_000;
const defaults = {...tuning};

function makeState(pending: Book['pending'] = {}): Durable {
	return {
		config: {environment: 'production', rememberMe: false},
		account: {userId: 1001, isGroupManager: false},
		members: [],
		books: {[scopeKey(scope)]: {scope, offers: [offer], noOfferList: false, pending, drafts: {}, pausedOfferIds: [], confirmedAt: {}}},
	};
}

const bookIn = (state: Durable) => state.books[scopeKey(scope)]!;

afterEach(() => {
	tune(defaults);
});

describe('proposeChange', () => {
	it('merges a title edit and a toggle of the same offer into one patch', () => {
		const state = makeState();
		proposeChange(bookIn(state), 7, {Title: 'Slow dance 🔥'});
		proposeChange(bookIn(state), 7, {CurrentlyAvailable: false});
		expect(bookIn(state).pending['7']).toEqual({patch: {Title: 'Slow dance 🔥', CurrentlyAvailable: false}, status: 'waiting', attempts: 0});
	});

	it('refuses a change that breaks a rule, with the rule’s words, and keeps what was pending', () => {
		const state = makeState({7: {patch: {Title: 'Kept'}, status: 'waiting', attempts: 0}});
		let refusal: unknown;
		try {
			proposeChange(bookIn(state), 7, {Duration: 60});
		} catch (error) {
			refusal = error;
		}

		expect(refusal).toBeInstanceOf(WorkerError);
		expect((refusal as WorkerError).code).toBe('invalid-offer');
		expect((refusal as WorkerError).details.violations).toEqual([
			expect.objectContaining({field: 'TotalCredits', message: 'For 60 minutes the price must be at least 36 credits (0.60 a minute)'}),
		]);
		expect(bookIn(state).pending['7']!.patch).toEqual({Title: 'Kept'});
	});

	it('forgets a change that has come back to the confirmed state', () => {
		const state = makeState();
		proposeChange(bookIn(state), 7, {CurrentlyAvailable: false});
		proposeChange(bookIn(state), 7, {CurrentlyAvailable: true});
		expect(bookIn(state).pending).toEqual({});
	});

	it('keeps the last intent while a send is in flight, even when it equals the confirmed state', () => {
		const state = makeState({7: {patch: {CurrentlyAvailable: false}, status: 'sending', attempts: 1}});
		proposeChange(bookIn(state), 7, {CurrentlyAvailable: true});
		expect(bookIn(state).pending['7']).toMatchObject({patch: {CurrentlyAvailable: true}, status: 'sending'});
	});

	it('does not know offers that are not in the cache', () => {
		expect(() => {
			proposeChange(bookIn(makeState()), 8, {CurrentlyAvailable: false});
		}).toThrow(/not among the offers/);
	});
});

describe('claimChange', () => {
	it('builds the full PUT from the confirmed offer plus the patch, keeping the offer number', () => {
		const state = makeState({7: {patch: {CurrentlyAvailable: false}, status: 'waiting', attempts: 0}});
		const job = claimChange(state, scope, 7, now);
		expect(job).toEqual({
			request: {OfferID: 7, OfferNumber: 2, CurrentlyAvailable: false, Title: 'Slow dance', Duration: 10, TotalCredits: 18, ModeID: 3, AllowRateContinue: false},
			sent: {CurrentlyAvailable: false},
		});
		expect(bookIn(state).pending['7']).toEqual({patch: {CurrentlyAvailable: false}, status: 'sending', attempts: 1, nextAttemptAt: now + tuning.stalledSendMs});
	});

	it('waits for the retry time, and sends a change left `sending` by a stopped worker', () => {
		const later = makeState({7: {patch: {CurrentlyAvailable: false}, status: 'waiting', attempts: 1, nextAttemptAt: now + 1}});
		expect(claimChange(later, scope, 7, now)).toBeUndefined();
		const interrupted = makeState({7: {patch: {CurrentlyAvailable: false}, status: 'sending', attempts: 1, nextAttemptAt: now + 50_000}});
		expect(claimChange(interrupted, scope, 7, now)?.sent).toEqual({CurrentlyAvailable: false});
	});

	it('never sends another user’s change with the current token', () => {
		const state = makeState({7: {patch: {CurrentlyAvailable: false}, status: 'waiting', attempts: 0}});
		state.account = {userId: 2002, isGroupManager: false};
		expect(claimChange(state, scope, 7, now)).toBeUndefined();
		expect(bookIn(state).pending['7']!.status).toBe('waiting');
	});

	it('drops a change the confirmed offer already shows, sending nothing', () => {
		const state = makeState({7: {patch: {CurrentlyAvailable: true}, status: 'waiting', attempts: 2}});
		expect(claimChange(state, scope, 7, now)).toBeUndefined();
		expect(bookIn(state).pending).toEqual({});
	});
});

describe('recordSendFailure', () => {
	const sending = () => makeState({7: {patch: {CurrentlyAvailable: false}, status: 'sending', attempts: 2, nextAttemptAt: now + 60_000}});

	it('waits out a passing failure with a growing delay, or as long as AdultWork asked', () => {
		tune({retryDelaysMs: [1000, 2000, 4000]});
		const offline = sending();
		recordSendFailure(offline, scope, 7, new ApiError('network'), now);
		expect(bookIn(offline).pending['7']).toMatchObject({status: 'waiting', attempts: 2, nextAttemptAt: now + 2000, error: {code: 'network'}});
		const limited = sending();
		recordSendFailure(limited, scope, 7, new ApiError('rate-limited', {status: 429, retryAfterMs: 120_000}), now);
		expect(bookIn(limited).pending['7']!.nextAttemptAt).toBe(now + 120_000);
	});

	it('keeps a refused change as failed, with AdultWork’s words, for the user to decide', () => {
		const state = sending();
		recordSendFailure(state, scope, 7, new ApiError('validation', {status: 400, message: 'Title contains a banned word'}), now);
		expect(bookIn(state).pending['7']).toEqual({
			patch: {CurrentlyAvailable: false},
			status: 'failed',
			attempts: 2,
			error: {code: 'validation', message: 'AdultWork refused the change: Title contains a banned word', serverMessage: 'Title contains a banned word'},
		});
		expect(state.error?.message).toBe('Slow dance: AdultWork refused the change: Title contains a banned word');
	});

	it('keeps the change for the next sign-in, without a retry time', () => {
		const state = sending();
		recordSendFailure(state, scope, 7, notSignedIn(), now);
		expect(bookIn(state).pending['7']).toMatchObject({status: 'waiting', error: {code: 'not-signed-in'}});
		expect(bookIn(state).pending['7']!.nextAttemptAt).toBeUndefined();
	});
});

describe('recordSendSuccess', () => {
	it('takes the answer as the offer and removes only what was sent from the patch', () => {
		const state = makeState({7: {patch: {CurrentlyAvailable: true, Title: 'New title'}, status: 'sending', attempts: 1}});
		const answer = {...offer, CurrentlyAvailable: false, CanPurchase: false};
		recordSendSuccess(state, scope, 7, {request: {...offer, CurrentlyAvailable: false} as never, sent: {CurrentlyAvailable: false}}, answer, now);
		expect(bookIn(state).offers).toEqual([answer]);
		expect(bookIn(state).confirmedAt).toEqual({7: now});
		// The newer intents (back on, a new title) stay for the next send.
		expect(bookIn(state).pending['7']).toEqual({patch: {CurrentlyAvailable: true, Title: 'New title'}, status: 'waiting', attempts: 0});
	});

	it('clears the patch when everything in it was sent', () => {
		const state = makeState({7: {patch: {Title: 'New title '}, status: 'sending', attempts: 1}});
		recordSendSuccess(state, scope, 7, {request: {} as never, sent: {Title: 'New title '}}, {...offer, Title: 'New title'}, now);
		expect(bookIn(state).pending).toEqual({});
	});
});
