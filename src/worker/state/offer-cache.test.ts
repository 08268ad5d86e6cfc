// @vitest-environment node
import {makeOfferCache, makeEntry} from '../../../test/fake-browser/stored-state-fixture';
import {currentScope, intendedOffer, isSendable, scopeKey} from './offer-cache';
import type {StoredState} from './stored-state';

const state = (account?: StoredState['account'], actingFor?: number): StoredState => ({
	config: {environment: 'custom', customBaseUrl: 'http://127.0.0.1:8787', rememberMe: false},
	...(account ? {account} : {}),
	...(actingFor === undefined ? {} : {actingFor}),
	members: [],
	offerCaches: {},
});

it('keeps one cache per API, user and member', () => {
	expect(currentScope(state())).toBeUndefined();
	const own = currentScope(state({userId: 3001, isGroupManager: true}))!;
	const member = currentScope(state({userId: 3001, isGroupManager: true}, 3002))!;
	expect(own).toEqual({apiBaseUrl: 'http://127.0.0.1:8787', userId: 3001});
	expect(new Set([scopeKey(own), scopeKey(member), scopeKey({...own, apiBaseUrl: 'https://api.adultwork.com'})]).size).toBe(3);
});

it('sends a change only with the token of the user who made it, on the API it was made on', () => {
	const signedIn = state({userId: 1001, isGroupManager: false});
	expect(isSendable(signedIn, {apiBaseUrl: 'http://127.0.0.1:8787', userId: 1001, actingFor: 5})).toBe(true);
	expect(isSendable(signedIn, {apiBaseUrl: 'http://127.0.0.1:8787', userId: 1002})).toBe(false);
	expect(isSendable(signedIn, {apiBaseUrl: 'https://api.adultwork.com', userId: 1001})).toBe(false);
	expect(isSendable(state(), {apiBaseUrl: 'http://127.0.0.1:8787', userId: 1001})).toBe(false);
});

it('shows an offer as the user asked for it, unless AdultWork refused the change', () => {
	const offer = {OfferID: 7, Title: 'A', Duration: 10, TotalCredits: 18, ModeID: 3, CurrentlyAvailable: true};
	const waiting = makeOfferCache({offers: [offer], outbox: {7: makeEntry({CurrentlyAvailable: false, Title: 'B'})}});
	const refused = makeOfferCache({offers: [offer], outbox: {7: makeEntry({}, {refused: {Title: {value: 'B', seq: 1, message: 'No'}}})}});
	expect(intendedOffer(waiting, offer)).toMatchObject({CurrentlyAvailable: false, Title: 'B'});
	expect(intendedOffer(refused, offer)).toEqual(offer);
});
