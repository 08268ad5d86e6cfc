import {knownEnvironments, normalizeBaseUrl} from '../../api/environments';
import {buildDefaults} from '../../shared/build-defaults';
import type {StoredConfig} from './stored-state';

/** The settings of a new install: the environment and client ID this build was made for. */
export function defaultConfig(defaults: {apiBaseUrl: string; clientId?: string} = buildDefaults): StoredConfig {
	const apiBaseUrl = normalizeBaseUrl(defaults.apiBaseUrl);
	const known = Object.entries(knownEnvironments).find(([, environment]) => environment.apiBaseUrl === apiBaseUrl);
	const config: StoredConfig =
		known || !apiBaseUrl
			? {environment: (known?.[0] ?? 'production') as StoredConfig['environment'], rememberMe: false}
			: {environment: 'custom', customBaseUrl: apiBaseUrl, rememberMe: false};
	const clientId = defaults.clientId?.trim();
	if (clientId) {
		config.clientId = clientId;
	}

	return config;
}

/** The client ID a sign-in uses: the user's override, else the one this build was made with (`ADULTWORK_CLIENT_ID`). */
export function clientIdOf(config: StoredConfig, defaults: {clientId?: string} = buildDefaults): string | undefined {
	return config.clientId || defaults.clientId?.trim() || undefined;
}
