// @vitest-environment node
import {makeOfferCache, makeEntry} from '../../../test/fake-browser/stored-state-fixture';
import {ApiError} from '../../api/api-error';
import type {Offer} from '../../model/offer';
import {tuning} from '../lib/tuning';
import {claimIntents, settleFailure, settleSuccess} from './claim';
import {statusOf} from '../state/outbox';

const offer: Offer = {OfferID: 7, OfferNumber: 2, Title: 'Slow dance', Duration: 10, TotalCredits: 18, ModeID: 3, CurrentlyAvailable: true};
const now = 10_000_000;
const fresh = (extra = {}) => makeOfferCache({offers: [offer], fetchedAt: now - 1000, seenAt: {7: now - 1000}, ...extra});

describe('claimIntents', () => {
	it('builds the PUT on the copy with only the fields the user set, and notes what it carries', () => {
		const cache = fresh({outbox: {7: makeEntry({CurrentlyAvailable: false})}});
		expect(claimIntents(cache, 7, now)).toEqual({
			job: {
				request: {OfferID: 7, OfferNumber: 2, CurrentlyAvailable: false, Title: 'Slow dance', Duration: 10, TotalCredits: 18, ModeID: 3},
				seqs: {CurrentlyAvailable: 1},
			},
		});
		expect(cache.outbox['7']!.inFlight).toEqual({seqs: {CurrentlyAvailable: 1}, at: now});
	});

	it('asks for the list first when the copy is older than the fresh-copy window', () => {
		const cache = fresh({fetchedAt: now - tuning.freshCopyMs - 1, seenAt: {7: now - tuning.freshCopyMs - 1}, outbox: {7: makeEntry({Title: 'New'})}});
		expect(claimIntents(cache, 7, now)).toEqual({needsCopy: {seenAfter: now - tuning.freshCopyMs}});
	});

	it('asks for a copy seen after a stopped worker’s flight, which may have reached AdultWork, even one seen the same millisecond', () => {
		const sameMoment = fresh({
			seenAt: {7: now - 10},
			fetchedAt: now - 10,
			outbox: {7: makeEntry({CurrentlyAvailable: true}, {inFlight: {seqs: {CurrentlyAvailable: 1}, at: now - 10}})},
		});
		expect(claimIntents(sameMoment, 7, now)).toEqual({needsCopy: {seenAfter: now - 9}});

		const cache = fresh({outbox: {7: makeEntry({Title: 'New'}, {inFlight: {seqs: {Title: 1}, at: now - 10}})}});
		expect(claimIntents(cache, 7, now)).toEqual({needsCopy: {seenAfter: now - 9}});
		expect(cache.outbox['7']).toMatchObject({triedAt: now - 10});
		expect(cache.outbox['7']!.inFlight).toBeUndefined();
	});

	it('confirms what the copy already holds, and refuses an offer a fresh list no longer has', () => {
		const held = fresh({outbox: {7: makeEntry({CurrentlyAvailable: true})}});
		expect(claimIntents(held, 7, now)).toBeUndefined();
		expect(held.outbox).toEqual({});
		const gone = fresh({seenAt: {7: now - tuning.freshCopyMs - 5}, outbox: {7: makeEntry({Title: 'New'})}});
		expect(claimIntents(gone, 7, now)).toBeUndefined();
		expect(gone.outbox['7']!.refused.Title).toMatchObject({value: 'New', message: 'AdultWork no longer lists this offer.'});
	});
});

describe('settling', () => {
	const inFlight = () => {
		const cache = fresh({outbox: {7: makeEntry({Title: 'Forbidden fruit', CurrentlyAvailable: false})}});
		const claim = claimIntents(cache, 7, now);
		if (!claim || !('job' in claim)) {
			throw new Error('not claimed');
		}

		return {cache, job: claim.job};
	};

	it('takes the answer as the new copy, and keeps an intent made during the flight', () => {
		const {cache, job} = inFlight();
		cache.outbox['7']!.intents.Title = {value: 'Newer', seq: 9, at: now};
		settleSuccess(cache, 7, job, {...offer, Title: 'Forbidden fruit', CurrentlyAvailable: false}, now + 5);
		expect(cache.seenAt['7']).toBe(now + 5);
		expect(cache.outbox['7']).toMatchObject({intents: {Title: {value: 'Newer'}}, failures: 0});
		expect(cache.outbox['7']!.inFlight).toBeUndefined();
	});

	it('refuses only the field AdultWork named, with its words; the rest goes again at once', () => {
		const {cache, job} = inFlight();
		const refusal = new ApiError('validation', {
			status: 400,
			message: 'The request is invalid.',
			fieldErrors: {Title: ['Title contains a word that is not allowed.']},
		});
		settleFailure(cache, 7, job, refusal, now + 5);
		const entry = cache.outbox['7']!;
		expect(entry.refused).toEqual({Title: {value: 'Forbidden fruit', seq: 1, message: 'Title contains a word that is not allowed.'}});
		expect(entry.intents).toEqual({CurrentlyAvailable: {value: false, seq: 2, at: 0}});
		expect(entry.nextAttemptAt).toBeUndefined();
	});

	it('backs off after a passing failure, and gives up after a day of them', () => {
		const {cache, job} = inFlight();
		settleFailure(cache, 7, job, new ApiError('server', {status: 503}), now);
		const entry = cache.outbox['7']!;
		expect(entry).toMatchObject({failures: 1, failingSince: now, triedAt: now, nextAttemptAt: now + tuning.retryDelaysMs[0]!});
		expect(statusOf(entry, {ownerSignedIn: true, now})).toBe('backing-off');
		expect(statusOf(entry, {ownerSignedIn: true, now: now + tuning.giveUpAfterMs})).toBe('given-up');
		expect(statusOf(entry, {ownerSignedIn: false, now})).toBe('waiting-for-sign-in');
	});
});
