// @vitest-environment node
import {makeChange, makeEntry} from '../../test/fake-browser/page-view-fixture';
import {filterOffers} from './offer-filter';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/fake-browser/fake-page-browser')).fakeBrowser}));

const offers = [
	makeEntry({OfferID: 1, OfferNumber: 3, Title: 'Slow dance'}),
	makeEntry({OfferID: 2, OfferNumber: 12, Title: 'Group tease'}),
	makeEntry({OfferID: 3, OfferNumber: 30, Title: 'Dance off'}, {change: makeChange({patch: {Title: 'Shower show'}})}),
];
const ids = (query: string) => filterOffers(offers, query).map(({offer}) => offer.OfferID);

it('finds offers by a part of the title shown, in any case', () => {
	expect(ids('DANCE')).toEqual([1]);
	expect(ids(' show')).toEqual([3]);
});

it('finds an offer by its number', () => {
	expect(ids('3')).toEqual([1]);
	expect(ids('12')).toEqual([2]);
});

it('keeps every offer for an empty query', () => {
	expect(ids('  ')).toEqual([1, 2, 3]);
});
