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

it('takes plain http only on this computer, where the token crosses no network', () => {
	expect(normalizeBaseUrl('http://localhost:8787')).toBe('http://localhost:8787');
	expect(normalizeBaseUrl('http://127.0.0.1')).toBe('http://127.0.0.1');
	for (const input of ['http://example.test', 'http://192.168.1.20:8787', 'http://127.0.0.1.example.test']) {
		expect(normalizeBaseUrl(input), input).toBeUndefined();
	}
});

it('refuses anything but a plain https URL, or http on this computer', () => {
	for (const input of ['ftp://x.test', 'javascript:alert(1)', 'not a url', '', 'https://user:pw@x.test', 'https://x.test/?a=1']) {
		expect(normalizeBaseUrl(input)).toBeUndefined();
	}

	expect(() => resolveEnvironment({environment: 'custom', customBaseUrl: 'ftp://x'})).toThrow(/https address, or http on 127\.0\.0\.1 or localhost/);
});
