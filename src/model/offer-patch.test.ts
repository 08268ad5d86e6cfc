import {buildUpdateRequest, changedFields} from './offer-patch';
import type {Offer} from './offer';

const offer: Offer = {
	OfferID: 9,
	OfferNumber: 4,
	Title: 'Dance',
	Duration: 10,
	TotalCredits: 12,
	ModeID: 2,
	CurrentlyAvailable: true,
	AllowRateContinue: false,
	Incomplete: false,
	CanPurchase: true,
};

it('builds the full request from the last known state plus the patch', () => {
	expect(buildUpdateRequest(offer, {CurrentlyAvailable: false})).toEqual({
		OfferID: 9,
		OfferNumber: 4,
		CurrentlyAvailable: false,
		Title: 'Dance',
		Duration: 10,
		TotalCredits: 12,
		ModeID: 2,
		AllowRateContinue: false,
	});
});

it('never drops OfferNumber, and sends only request fields', () => {
	const request = buildUpdateRequest(offer, {Title: '  Slow dance '});
	expect(request.OfferNumber).toBe(4);
	expect(request.Title).toBe('Slow dance');
	expect(Object.keys(request)).not.toContain('Incomplete');
});

it('leaves unknown optional fields out rather than sending undefined', () => {
	const {OfferNumber, AllowRateContinue, ...bare} = offer;
	expect(Object.keys(buildUpdateRequest(bare, {}))).toEqual(['OfferID', 'CurrentlyAvailable', 'Title', 'Duration', 'TotalCredits', 'ModeID']);
});

it('keeps only the patch fields that differ from the offer', () => {
	expect(changedFields(offer, {Title: 'Dance', Duration: 15})).toEqual({Duration: 15});
});
