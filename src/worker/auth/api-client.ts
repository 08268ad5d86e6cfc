import {type ApiClient, createApiClient} from '../../api/client';
import {tuning} from '../lib/tuning';

/** A client for one API; `getToken` is the only way the token reaches a request. */
export function apiClientFor(apiBaseUrl: string, getToken: () => string | undefined | Promise<string | undefined>): ApiClient {
	return createApiClient({
		baseUrl: apiBaseUrl,
		getToken,
		timeoutMs: tuning.requestTimeoutMs,
		listTimeoutMs: tuning.listTimeoutMs,
		retries: tuning.inlineRetries,
		longestInlineWaitMs: tuning.longestInlineWaitMs,
	});
}
