import {parseServerMessage} from './server-message';

it('reads ASP.NET messages with their model state, without the request prefix', () => {
	const body = JSON.stringify({Message: 'The request is invalid.', ModelState: {'request.Title': ['The maximum length is 50 characters.']}});
	expect(parseServerMessage(body, 'application/json')).toEqual({
		message: 'The request is invalid.',
		fieldErrors: {Title: ['The maximum length is 50 characters.']},
	});
});

it('reads OAuth-style errors, preferring the description', () => {
	expect(parseServerMessage('{"error":"invalid_token","error_description":"The token expired"}', 'application/json')).toEqual({message: 'The token expired'});
	expect(parseServerMessage('{"error":"refresh_token_has_expired"}', null)).toEqual({message: 'refresh_token_has_expired'});
});

it('reads plain text and HTML', () => {
	expect(parseServerMessage('  Service   unavailable \n', 'text/plain')).toEqual({message: 'Service unavailable'});
	expect(parseServerMessage('<html><head><title>502 Bad Gateway</title></head><body><h1>Bad &amp; gateway</h1></body></html>', 'text/html')).toEqual({
		message: 'Bad & gateway',
	});
	expect(parseServerMessage('<p>Oops</p>', null)).toEqual({message: 'Oops'});
});

it('gives nothing for an empty body or JSON without a message', () => {
	expect(parseServerMessage('', null)).toEqual({});
	expect(parseServerMessage('{}', 'application/json')).toEqual({});
	expect(parseServerMessage('[1,2]', 'application/json')).toEqual({});
});

it('cuts very long messages, field messages too, to 500 characters', () => {
	expect(parseServerMessage('x'.repeat(5000), 'text/plain').message).toBe(`${'x'.repeat(499)}…`);
	expect(parseServerMessage('x'.repeat(500), 'text/plain').message).toBe('x'.repeat(500));
	const body = JSON.stringify({Message: 'y'.repeat(800), ModelState: {'request.Title': ['z'.repeat(800)]}});
	const {message, fieldErrors} = parseServerMessage(body, 'application/json');
	expect([message?.length, fieldErrors?.Title?.[0]?.length]).toEqual([500, 500]);
});
