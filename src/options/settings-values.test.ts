import {makePageView} from '../../test/fake-browser/page-view-fixture';
import {configRequest, customBaseUrl, valuesFromConfig} from './settings-values';

const config = {...makePageView().config, environment: 'custom' as const, customBaseUrl: 'http://127.0.0.1:8787'};

it('fills the form from the config, with the secrets empty', () => {
	expect(valuesFromConfig(config)).toEqual({
		environment: 'custom',
		customBaseUrl: 'http://127.0.0.1:8787',
		clientId: 'client-123',
		apiKey: '',
		accessToken: '',
		rememberMe: true,
	});
});

it('accepts only http(s) addresses for a custom API', () => {
	const values = valuesFromConfig(config);
	expect(customBaseUrl({...values, customBaseUrl: ' http://127.0.0.1:8787/ '})).toBe('http://127.0.0.1:8787');
	expect(customBaseUrl({...values, customBaseUrl: 'ftp://example.com'})).toBeUndefined();
	expect(customBaseUrl({...values, customBaseUrl: '127.0.0.1:8787'})).toBeUndefined();
});

it('keeps a saved API key unless a new one is typed', () => {
	const values = valuesFromConfig(config);
	expect(configRequest(values)).toEqual({
		type: 'set-config',
		environment: 'custom',
		customBaseUrl: 'http://127.0.0.1:8787',
		clientId: 'client-123',
		rememberMe: true,
	});
	expect(configRequest({...values, environment: 'sandbox', apiKey: ' key '})).toEqual({
		type: 'set-config',
		environment: 'sandbox',
		clientId: 'client-123',
		rememberMe: true,
		apiKey: 'key',
	});
});
