// @vitest-environment node
import {ApiError} from '../../api/api-error';
import {installChromeI18n} from '../../../test/fake-browser/chrome-i18n';
import {createFakeI18n} from '../../../test/fake-browser/fake-i18n';
import {invalidOffer, toErrorInfo, waitsForUser, WorkerError} from './errors';

it('turns every failure into a code and words for the pages', () => {
	expect(toErrorInfo(new ApiError('forbidden', {status: 403, message: 'Not your group'}))).toEqual({
		code: 'forbidden',
		message: 'This account may not do that: Not your group',
		serverMessage: 'Not your group',
	});
	expect(toErrorInfo(new ApiError('network'))).toEqual({code: 'network', message: 'AdultWork cannot be reached'});
	expect(toErrorInfo(invalidOffer([{field: 'Duration', rule: 'durationTooShort', args: ['5']}]))).toEqual({
		code: 'invalid-offer',
		message: 'The offer breaks a rule of AdultWork',
		violations: [{field: 'Duration', rule: 'durationTooShort', args: ['5'], message: 'Duration must be at least 5 minutes'}],
	});
});

it('says only that something went wrong when the failure is not one of ours, and logs its name and message', () => {
	const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
	expect(toErrorInfo(new TypeError('x is undefined'))).toEqual({code: 'internal', message: 'Something went wrong inside the extension'});
	expect(error).toHaveBeenCalledWith('DirectCam worker: unexpected failure: TypeError: x is undefined');
	error.mockRestore();
});

it('knows which failures wait for the user rather than for time', () => {
	expect(waitsForUser(new WorkerError('not-signed-in', 'x'))).toBe(true);
	expect(waitsForUser(new WorkerError('permission-denied', 'x'))).toBe(true);
	expect(waitsForUser(new ApiError('unauthorized'))).toBe(false);
});

it('words its messages in the browser’s language, AdultWork’s own words kept as they came', () => {
	installChromeI18n(createFakeI18n(() => 'de'));
	expect(toErrorInfo(new ApiError('forbidden', {status: 403, message: 'Not your group'}))).toEqual({
		code: 'forbidden',
		message: 'Dieses Konto darf das nicht: Not your group',
		serverMessage: 'Not your group',
	});
	expect(toErrorInfo(new WorkerError('not-signed-in', 'x')).message).toBe('x');
	expect(toErrorInfo(invalidOffer([])).message).toBe('Das Angebot verstößt gegen eine Regel von AdultWork');
	installChromeI18n(createFakeI18n(() => 'en'));
});
