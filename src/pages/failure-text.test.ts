// @vitest-environment node
import {failureText} from './failure-text';

it('keeps AdultWork’s words apart from ours when our message repeats them', () => {
	expect(failureText({code: 'validation', message: 'AdultWork refused the change: The request is invalid.', serverMessage: 'The request is invalid.'})).toEqual(
		{
			summary: 'AdultWork refused the change',
			said: 'The request is invalid.',
		},
	);
	expect(failureText({code: 'server', message: 'AdultWork is having trouble', serverMessage: 'Maintenance'})).toEqual({
		summary: 'AdultWork is having trouble',
		said: 'Maintenance',
	});
});

it('says AdultWork’s words once when they are the whole message', () => {
	expect(failureText({code: 'sign-in-failed', message: 'Token expired', serverMessage: 'Token expired'})).toEqual({said: 'Token expired'});
});

it('has only our words when AdultWork sent none', () => {
	expect(failureText({code: 'network', message: 'AdultWork cannot be reached'})).toEqual({summary: 'AdultWork cannot be reached'});
});
