import {findItemArray, parseOfferList} from './offer-list';

const offer = {OfferID: 1, Title: 'A', Duration: 5, ModeID: 2, TotalPrice: 5, CanPurchase: true};

it('reads a bare list and a wrapped one alike', () => {
	expect(parseOfferList([offer])).toEqual(parseOfferList({SpecialOffers: [offer]}));
	expect(parseOfferList({Offers: [offer], Count: 1})).toHaveLength(1);
	expect(parseOfferList([])).toEqual([]);
});

it('refuses a body with no list, or with two', () => {
	expect(() => findItemArray({})).toThrow(/list/);
	expect(() => findItemArray({a: [], b: []})).toThrow(/list/);
	expect(() => findItemArray('text')).toThrow(/list/);
	expect(() => parseOfferList([{OfferID: 1}])).toThrow();
});
