import {normalizeBaseUrl} from '../api/environments';
import type {Request, PageView} from '../messaging/protocol';

type Config = PageView['config'];
export type EnvironmentName = Config['environment'];

/** The options form as typed. Secrets start empty: the worker never sends them back. */
export type SettingsValues = {
	environment: EnvironmentName;
	customBaseUrl: string;
	clientId: string;
	apiKey: string;
	accessToken: string;
	rememberMe: boolean;
};

export function valuesFromConfig(config: Config): SettingsValues {
	return {
		environment: config.environment,
		customBaseUrl: config.customBaseUrl ?? '',
		clientId: config.clientId ?? '',
		apiKey: '',
		accessToken: '',
		rememberMe: config.rememberMe,
	};
}

/** The custom URL, cleaned, or undefined when it is not an http(s) address. */
export function customBaseUrl(values: SettingsValues): string | undefined {
	return normalizeBaseUrl(values.customBaseUrl);
}

/** set-config from the form. An untouched API key field keeps the saved key; only "Remove" sends the empty string. */
export function configRequest(values: SettingsValues): Request<'set-config'> {
	const request: Request<'set-config'> = {
		type: 'set-config',
		environment: values.environment,
		clientId: values.clientId.trim(),
		rememberMe: values.rememberMe,
	};
	if (values.environment === 'custom') {
		request.customBaseUrl = customBaseUrl(values);
	}

	if (values.apiKey.trim() !== '') {
		request.apiKey = values.apiKey.trim();
	}

	return request;
}
