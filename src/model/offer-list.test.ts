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

it('refuses a list of more offers than it takes, saying so', () => {
	const many = (count: number) => Array.from({length: count}, (_, index) => ({...offer, OfferID: index + 1}));
	expect(parseOfferList(many(500))).toHaveLength(500);
	expect(() => parseOfferList({SpecialOffers: many(501)})).toThrow(new RangeError('The list has 501 offers, more than the 500 this extension takes'));
});
