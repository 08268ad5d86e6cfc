// @vitest-environment node
import {apiKeyOf, heldApiKeys, setApiKey} from './api-keys';
import type {StoredConfig} from './stored-state';

const local = {environment: 'custom', customBaseUrl: 'http://127.0.0.1:8787', rememberMe: false} as const;
const sandbox = {environment: 'sandbox', rememberMe: false} as const;

it('gives each API its own key, and none to an API without one', () => {
	const config: StoredConfig = {...local};
	setApiKey(config, ' key-1 ');
	expect(apiKeyOf(config)).toBe('key-1');
	expect(apiKeyOf({...config, ...sandbox})).toBeUndefined();

	const both: StoredConfig = {...config, ...sandbox};
	setApiKey(both, 'key-2');
	expect(apiKeyOf(both)).toBe('key-2');
	expect(apiKeyOf({...both, ...local})).toBe('key-1');
	expect(heldApiKeys(both).toSorted()).toEqual(['key-1', 'key-2']);
	// The first settings' keys were copied, not changed.
	expect(config.apiKeys).toEqual({'http://127.0.0.1:8787': 'key-1'});
});

it('removes only the current API’s key when given an empty one', () => {
	const config: StoredConfig = {...sandbox, apiKeys: {'http://127.0.0.1:8787': 'key-1', 'https://api-sandbox.adultwork.com': 'key-2'}};
	setApiKey(config, '');
	expect(config.apiKeys).toEqual({'http://127.0.0.1:8787': 'key-1'});
	const last: StoredConfig = {...config, ...local};
	setApiKey(last, ' ');
	expect(last.apiKeys).toBeUndefined();
});
