/** Where each environment's API and sign-in page live. */
export type EnvironmentName = 'production' | 'sandbox' | 'custom';

export type EnvironmentChoice = {
	environment: EnvironmentName;
	/** Only for `custom`: an https origin (or http on this computer), optionally with a path prefix. */
	customBaseUrl?: string;
};

export type ResolvedEnvironment = {
	apiBaseUrl: string;
	authorizeUrl: string;
};

export const adultWorkAuthorizeUrl = 'https://platform.adultwork.com/OAuth/Authorize';

export const knownEnvironments: Record<Exclude<EnvironmentName, 'custom'>, ResolvedEnvironment> = {
	production: {apiBaseUrl: 'https://api.adultwork.com', authorizeUrl: adultWorkAuthorizeUrl},
	sandbox: {apiBaseUrl: 'https://api-sandbox.adultwork.com', authorizeUrl: adultWorkAuthorizeUrl},
};

/**
Plain http only where the token never crosses a network: a server on this computer, such as
the local API. Only the local build offers a custom API, and its content security policy lets
it reach these.
*/
export const loopbackHosts = ['127.0.0.1', 'localhost'];

const isAllowedOrigin = ({protocol, hostname}: URL) => protocol === 'https:' || (protocol === 'http:' && loopbackHosts.includes(hostname));

/** Returns the cleaned URL, or undefined when it is not https (or http on this computer), or has credentials, a query or a fragment. */
export function normalizeBaseUrl(input: string): string | undefined {
	let url: URL;
	try {
		url = new URL(input.trim());
	} catch {
		return undefined;
	}

	if (!isAllowedOrigin(url) || url.username || url.password || url.search || url.hash) {
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
		throw new TypeError('The API base URL must be an https address, or http on 127.0.0.1 or localhost');
	}

	return {apiBaseUrl, authorizeUrl: `${apiBaseUrl}/OAuth/Authorize`};
}
