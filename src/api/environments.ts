/** Where each environment's API and sign-in page live. */
export type EnvironmentName = 'production' | 'sandbox' | 'custom';

export type EnvironmentChoice = {
	environment: EnvironmentName;
	/** Only for `custom`: an http(s) origin, optionally with a path prefix. */
	customBaseUrl?: string;
};

export type ResolvedEnvironment = {
	apiBaseUrl: string;
	authorizeUrl: string;
};

const adultWorkAuthorizeUrl = 'https://platform.adultwork.com/OAuth/Authorize';

export const knownEnvironments: Record<Exclude<EnvironmentName, 'custom'>, ResolvedEnvironment> = {
	production: {apiBaseUrl: 'https://api.adultwork.com', authorizeUrl: adultWorkAuthorizeUrl},
	sandbox: {apiBaseUrl: 'https://api-sandbox.adultwork.com', authorizeUrl: adultWorkAuthorizeUrl},
};

/** Returns the cleaned URL, or undefined when it is not an http(s) URL without credentials. */
export function normalizeBaseUrl(input: string): string | undefined {
	let url: URL;
	try {
		url = new URL(input.trim());
	} catch {
		return undefined;
	}

	if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || url.search || url.hash) {
		return undefined;
	}

	return url.href.replace(/\/+$/, '');
}

/** A custom environment is assumed to serve its own sign-in page, as the local API does. */
export function resolveEnvironment(choice: EnvironmentChoice): ResolvedEnvironment {
	if (choice.environment !== 'custom') {
		return knownEnvironments[choice.environment];
	}

	const apiBaseUrl = normalizeBaseUrl(choice.customBaseUrl ?? '');
	if (!apiBaseUrl) {
		throw new TypeError('The API base URL must be an http or https address');
	}

	return {apiBaseUrl, authorizeUrl: `${apiBaseUrl}/OAuth/Authorize`};
}
