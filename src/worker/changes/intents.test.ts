// @vitest-environment node
import {makeOfferCache, makeEntry} from '../../../test/fake-browser/stored-state-fixture';
import type {Offer} from '../../model/offer';
import {WorkerError} from '../lib/errors';
import {tuning} from '../lib/tuning';
import {discardIntents, holdOldIntents, recordIntents, refuse, retryIntents} from './intents';

const offer: Offer = {OfferID: 7, OfferNumber: 2, Title: 'Slow dance', Duration: 10, TotalCredits: 18, ModeID: 3, CurrentlyAvailable: true};
const now = 10_000_000;

it('numbers each field’s intent in the order made; a new value ends a refused or held one of that field', () => {
	const cache = makeOfferCache({
		offers: [offer],
		outbox: {7: makeEntry({}, {refused: {Title: {value: 'Rude', seq: 1, message: 'No'}}, held: {TotalCredits: {value: 20, seq: 2, at: 0}}})},
		seq: 2,
	});
	recordIntents(cache, 7, {Title: 'Nice'}, now);
	recordIntents(cache, 7, {CurrentlyAvailable: false, TotalCredits: 25}, now + 1);
	expect(cache.outbox['7']).toMatchObject({
		intents: {Title: {value: 'Nice', seq: 3, at: now}, CurrentlyAvailable: {value: false, seq: 4}, TotalCredits: {value: 25, seq: 5}},
		refused: {},
		held: {},
	});
});

it('refuses an intent that breaks a rule on the copy, keeping what was there', () => {
	const cache = makeOfferCache({offers: [offer], outbox: {7: makeEntry({Title: 'Kept'})}});
	expect(() => recordIntents(cache, 7, {Duration: 60}, now)).toThrow(WorkerError);
	expect(cache.outbox['7']!.intents).toEqual({Title: {value: 'Kept', seq: 1, at: 0}});
});

it('makes a refusal of an older intent moot when a newer one of the field came meanwhile', () => {
	const entry = makeEntry({Title: 'Newer'});
	refuse(entry, {Title: 0}, {code: 'validation', message: 'Refused', fieldMessages: {Title: 'No'}});
	expect(entry.refused).toEqual({});
	refuse(entry, {Title: 1}, {code: 'validation', message: 'Refused', fieldMessages: {Title: 'No'}});
	expect(entry.refused).toEqual({Title: {value: 'Newer', seq: 1, message: 'No'}});
});

it('sends refused and held values again on Retry, starting the count of failures over', () => {
	const cache = makeOfferCache({
		offers: [offer],
		seq: 2,
		outbox: {
			7: makeEntry(
				{},
				{refused: {Title: {value: 'Rude', seq: 1, message: 'No'}}, held: {TotalCredits: {value: 20, seq: 2, at: 0}}, failures: 3, failingSince: 5},
			),
		},
	});
	retryIntents(cache, 7, now);
	expect(cache.outbox['7']).toMatchObject({intents: {TotalCredits: {value: 20, seq: 3}, Title: {value: 'Rude', seq: 4}}, refused: {}, held: {}, failures: 0});
	expect(cache.outbox['7']!.failingSince).toBeUndefined();
});

it('discards refused and held values first, and never what is on its way', () => {
	const cache = makeOfferCache({
		offers: [offer],
		outbox: {
			7: makeEntry({CurrentlyAvailable: false}, {inFlight: {seqs: {CurrentlyAvailable: 1}, at: now}, refused: {Title: {value: 'Rude', seq: 2, message: 'No'}}}),
		},
	});
	discardIntents(cache, 7);
	expect(cache.outbox['7']).toMatchObject({intents: {CurrentlyAvailable: {value: false}}, refused: {}});
	expect(() => discardIntents(cache, 7)).toThrow(expect.objectContaining({code: 'change-in-flight'}));
	delete cache.outbox['7']!.inFlight;
	discardIntents(cache, 7);
	expect(cache.outbox).toEqual({});
});

it('holds intents over 12 hours old at a sign-in, but not one on its way', () => {
	const cache = makeOfferCache({offers: [offer], outbox: {7: makeEntry({Title: 'Old', TotalCredits: 20}, {inFlight: {seqs: {TotalCredits: 2}, at: 0}}, 0)}});
	holdOldIntents(cache, tuning.holdAfterMs + 1);
	expect(cache.outbox['7']).toMatchObject({intents: {TotalCredits: {value: 20}}, held: {Title: {value: 'Old'}}});
});
