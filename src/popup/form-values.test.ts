import {setUiLanguage} from '../../test/fake-browser/fake-page-browser';
import {makeOffer} from '../../test/fake-browser/page-view-fixture';
import {
	blankValues,
	fieldText,
	findFormViolations,
	parseDecimal,
	patchFromValues,
	touchedPatch,
	valuesFromOffer,
	valuesWithTouched,
	violationsByField,
} from './form-values';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/fake-browser/fake-page-browser')).fakeBrowser}));

const offer = makeOffer({OfferNumber: 4, Duration: 30, TotalCredits: 18, ModeID: 2});
const values = valuesFromOffer(offer);

it('reads numbers as people type them', () => {
	expect(parseDecimal('17,99')).toBe(17.99);
	expect(parseDecimal(' 18.5 ')).toBe(18.5);
	expect(parseDecimal('-5')).toBe(-5);
	expect(parseDecimal('')).toBeNaN();
	expect(parseDecimal('12abc')).toBeNaN();
	expect(parseDecimal('1e3')).toBeNaN();
});

it('turns an offer into form text and back without a change', () => {
	expect(values).toEqual({
		Title: 'Slow dance',
		Duration: '30',
		TotalCredits: '18',
		ModeID: '2',
		OfferNumber: '4',
		CurrentlyAvailable: true,
		AllowRateContinue: false,
	});
	expect(patchFromValues(values, offer)).toEqual({
		Title: 'Slow dance',
		Duration: 30,
		TotalCredits: 18,
		ModeID: 2,
		OfferNumber: 4,
		CurrentlyAvailable: true,
		AllowRateContinue: false,
	});
});

it('shows prices in the UI language and reads them back in either way of writing', () => {
	const priced = makeOffer({TotalCredits: 25.5, Duration: 1200});
	expect(valuesFromOffer(priced)).toMatchObject({TotalCredits: '25.50', Duration: '1200'});
	setUiLanguage('de');
	expect(valuesFromOffer(priced)).toMatchObject({TotalCredits: '25,50', Duration: '1200'});
	expect(fieldText('TotalCredits', 1234.5)).toBe('1234,50');
	expect(fieldText('Title', 'Tanz')).toBe('Tanz');
	expect(patchFromValues({...valuesFromOffer(priced), TotalCredits: '25,50'}).TotalCredits).toBe(25.5);
	expect(patchFromValues({...valuesFromOffer(priced), TotalCredits: '25.50'}).TotalCredits).toBe(25.5);
});

it('shows the touched fields over the offer as it is now, ignoring keys of the wrong type', () => {
	expect(valuesWithTouched(offer, {TotalCredits: '17,99', Duration: 30, AllowRateContinue: true} as never)).toEqual({
		...values,
		TotalCredits: '17,99',
		AllowRateContinue: true,
	});
});

it('sends only touched fields that differ from what the form opened on', () => {
	const typed = {...values, Title: 'New', TotalCredits: '18', CurrentlyAvailable: false};
	// Availability was never touched: whatever the form shows of it is not sent back.
	expect(touchedPatch(typed, {touched: {Title: 'New', TotalCredits: '18'}, openedOn: {Title: 'Slow dance', TotalCredits: '18'}}, offer)).toEqual({
		Title: 'New',
	});
});

it('adds rate continue only when the offer had it or the user turned it on', () => {
	const {AllowRateContinue: _unknown, ...bare} = offer;
	expect(patchFromValues(valuesFromOffer(bare), bare)).not.toHaveProperty('AllowRateContinue');
	expect(patchFromValues({...valuesFromOffer(bare), AllowRateContinue: true}, bare)).toHaveProperty('AllowRateContinue', true);
});

it('judges the values by every rule of the model, one message per field', () => {
	expect(findFormViolations(values, offer)).toEqual({});
	expect(findFormViolations({...values, TotalCredits: '17,99'}, offer)).toEqual({
		TotalCredits: {field: 'TotalCredits', rule: 'pricePerMinuteTooLow', args: ['30', '18', '0.60']},
	});
	expect(Object.keys(findFormViolations({...values, Title: ' ', Duration: '4', OfferNumber: '0'}, offer)).sort()).toEqual(['Duration', 'OfferNumber', 'Title']);
});

it('refuses an emptied offer number, which would renumber the offer', () => {
	expect(findFormViolations({...values, OfferNumber: ''}, offer).OfferNumber?.rule).toBe('offerNumberInvalid');
	const {OfferNumber: _none, ...unnumbered} = offer;
	expect(findFormViolations({...values, OfferNumber: ''}, unnumbered)).toEqual({});
});

it('starts a new offer blank and private, and keys server violations by field', () => {
	expect(blankValues).toMatchObject({Title: '', ModeID: '3', CurrentlyAvailable: true});
	expect(violationsByField([{field: 'Title', rule: 'titleMissing', args: [], message: 'Title is required'}])).toEqual({
		Title: {field: 'Title', rule: 'titleMissing', args: [], message: 'Title is required'},
	});
});
