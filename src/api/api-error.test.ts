import {ApiError, kindOfStatus, parseRetryAfter} from './api-error';

it('maps statuses to kinds', () => {
	expect([400, 401, 403, 404, 408, 429, 500, 502, 503].map(status => kindOfStatus(status))).toEqual([
		'validation',
		'unauthorized',
		'forbidden',
		'not-found',
		'timeout',
		'rate-limited',
		'server',
		'server',
		'server',
	]);
});

it('reads Retry-After in seconds and as an HTTP date', () => {
	const now = Date.parse('2026-11-28T10:00:00Z');
	expect(parseRetryAfter('120', now)).toBe(120_000);
	expect(parseRetryAfter('Sat, 28 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
	expect(parseRetryAfter('Sat, 28 Nov 2026 09:00:00 GMT', now)).toBe(0);
	expect(parseRetryAfter('soon', now)).toBeUndefined();
	expect(parseRetryAfter(null, now)).toBeUndefined();
});

it('says what went wrong in words, with the server’s message', () => {
	const error = new ApiError('validation', {status: 400, message: 'Title too long'});
	expect(error.message).toBe('AdultWork refused the change: Title too long');
	expect(error.serverMessage).toBe('Title too long');
	expect(error.transient).toBe(false);
	expect(new ApiError('network').transient).toBe(true);
});
