import {normalizeBaseUrl, resolveEnvironment} from './environments';

it('knows production and the sandbox', () => {
	expect(resolveEnvironment({environment: 'production'}).apiBaseUrl).toBe('https://api.adultwork.com');
	expect(resolveEnvironment({environment: 'sandbox'}).apiBaseUrl).toBe('https://api-sandbox.adultwork.com');
	expect(resolveEnvironment({environment: 'production'}).authorizeUrl).toBe('https://platform.adultwork.com/OAuth/Authorize');
});

it('takes a custom http(s) URL and serves its own sign-in page', () => {
	expect(resolveEnvironment({environment: 'custom', customBaseUrl: 'http://127.0.0.1:8787/'})).toEqual({
		apiBaseUrl: 'http://127.0.0.1:8787',
		authorizeUrl: 'http://127.0.0.1:8787/OAuth/Authorize',
	});
	expect(normalizeBaseUrl(' https://example.test/api// ')).toBe('https://example.test/api');
});

it('refuses anything but a plain http(s) URL', () => {
	for (const input of ['ftp://x.test', 'javascript:alert(1)', 'not a url', '', 'https://user:pw@x.test', 'https://x.test/?a=1']) {
		expect(normalizeBaseUrl(input)).toBeUndefined();
	}

	expect(() => resolveEnvironment({environment: 'custom', customBaseUrl: 'ftp://x'})).toThrow(/http or https/);
});
