import {assert, is, StructError} from 'superstruct';
import {OfferUpdateStruct, validateOfferUpdate} from './offer-update';

const valid = {OfferID: 7, OfferNumber: 1, CurrentlyAvailable: true, Title: 'Tease', Duration: 10, TotalCredits: 6, ModeID: 2};

it('the struct and validateOfferUpdate agree, with the same field and message', () => {
	const cases = [
		valid,
		{...valid, Title: 'x'.repeat(51)},
		{...valid, Duration: 30, TotalCredits: 17.99},
		{...valid, ModeID: 4},
		{...valid, OfferNumber: 0},
		{...valid, Extra: true},
	];
	for (const candidate of cases) {
		const check = validateOfferUpdate(candidate);
		expect(is(candidate, OfferUpdateStruct)).toBe(check.ok);
		if (!check.ok) {
			const error = catchStructError(() => assert(candidate, OfferUpdateStruct));
			expect(error.path).toEqual([check.violations[0]!.field]);
		}
	}
});

it('the struct explains the price rule on TotalCredits', () => {
	const error = catchStructError(() => assert({...valid, Duration: 30, TotalCredits: 17.99}, OfferUpdateStruct));
	expect(error.key).toBe('TotalCredits');
	expect(error.failures()[0]!.message).toBe('For 30 minutes the price must be at least 18 credits (0.60 a minute)');
});

it('hands back the valid request unchanged', () => {
	expect(validateOfferUpdate(valid)).toEqual({ok: true, value: valid});
});

function catchStructError(run: () => void): StructError {
	try {
		run();
	} catch (error) {
		if (error instanceof StructError) {
			return error;
		}

		throw error;
	}

	throw new Error('Expected a StructError');
}
