// @vitest-environment node
import {defaultConfig} from './default-config';

it('starts a build for AdultWork’s own hosts in their environment, and any other in a custom one', () => {
	expect(defaultConfig({apiBaseUrl: '', clientId: ''})).toEqual({environment: 'production', rememberMe: false});
	expect(defaultConfig({apiBaseUrl: 'https://api-sandbox.adultwork.com/', clientId: ' abc '})).toEqual({
		environment: 'sandbox',
		clientId: 'abc',
		rememberMe: false,
	});
	expect(defaultConfig({apiBaseUrl: 'http://127.0.0.1:8787', clientId: 'demo-client'})).toEqual({
		environment: 'custom',
		customBaseUrl: 'http://127.0.0.1:8787',
		clientId: 'demo-client',
		rememberMe: false,
	});
});
