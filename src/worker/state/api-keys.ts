import {apiBaseUrlOf} from './offer-cache';
import type {StoredConfig} from './stored-state';

/** The developer's key for the API the settings name: a key goes to the API it was entered for, and to no other. */
export const apiKeyOf = (config: StoredConfig): string | undefined => config.apiKeys?.[apiBaseUrlOf(config)];

/** Every key held, whichever API it is for: none may leave the worker but as `apiKey` to its API. */
export const heldApiKeys = (config: StoredConfig): string[] => Object.values(config.apiKeys ?? {});

/** Sets the key of the API the settings name, or removes it when empty; other APIs keep theirs. The keys given are copied, not changed. */
export function setApiKey(config: StoredConfig, value: string): void {
	const apiBaseUrl = apiBaseUrlOf(config);
	const {[apiBaseUrl]: _replaced, ...others} = config.apiKeys ?? {};
	const keys = value.trim() ? {...others, [apiBaseUrl]: value.trim()} : others;
	if (Object.keys(keys).length > 0) {
		config.apiKeys = keys;
	} else {
		delete config.apiKeys;
	}
}
