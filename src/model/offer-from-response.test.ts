import {parseOffer} from './offer-from-response';

const updateAnswer = {
	OfferID: 100101,
	OfferNumber: 3,
	Title: 'Oil show',
	Duration: 30,
	ModeID: 3,
	DoesPrivate: true,
	PrivatePPM: 2.5,
	DoesGroup: false,
	GroupPPM: null,
	TotalPrice: 45,
	AllowRateContinue: true,
	Incomplete: false,
	CanPurchase: false,
	SomeFutureField: 'ignored',
};

it('reads the documented update answer, keeping the availability that was sent', () => {
	expect(parseOffer(updateAnswer, true)).toEqual({
		OfferID: 100101,
		OfferNumber: 3,
		Title: 'Oil show',
		Duration: 30,
		TotalCredits: 45,
		ModeID: 3,
		CurrentlyAvailable: true,
		AllowRateContinue: true,
		Incomplete: false,
		CanPurchase: false,
		DoesPrivate: true,
		PrivatePPM: 2.5,
		DoesGroup: false,
	});
});

it('prefers CurrentlyAvailable from the answer, then the sent value, then CanPurchase', () => {
	expect(parseOffer({...updateAnswer, CurrentlyAvailable: false}, true).CurrentlyAvailable).toBe(false);
	expect(parseOffer({...updateAnswer, CanPurchase: true}, false).CurrentlyAvailable).toBe(false);
	expect(parseOffer({...updateAnswer, CanPurchase: true}).CurrentlyAvailable).toBe(true);
	expect(parseOffer({...updateAnswer, CanPurchase: undefined}).CurrentlyAvailable).toBe(false);
});

it('takes TotalCredits where the list gives it', () => {
	const {TotalPrice, ...listItem} = updateAnswer;
	expect(parseOffer({...listItem, TotalCredits: 40}).TotalCredits).toBe(40);
});

it('refuses answers that are not offers', () => {
	expect(() => parseOffer({...updateAnswer, OfferID: 'x'})).toThrow(/OfferID/);
	expect(() => parseOffer({...updateAnswer, TotalPrice: undefined})).toThrow(/TotalCredits nor TotalPrice/);
	expect(() => parseOffer('<html>')).toThrow();
	expect(() => parseOffer(null)).toThrow();
});

it('refuses an offer whose title is over 200 characters, saying so', () => {
	expect(parseOffer({...updateAnswer, Title: '🔥'.repeat(200)}).Title).toHaveLength(400);
	expect(() => parseOffer({...updateAnswer, Title: 'x'.repeat(201)})).toThrow(new RangeError('Offer 100101 has a title of more than 200 characters'));
});
