import {parseRetryAfter} from './api-error';

export type RetryOptions = {
	/** Per try, until the answer's headers arrive. */
	timeoutMs: number;
	/** Tries after the first one. */
	retries: number;
	/** The first pause between tries; it doubles each time. */
	backoffMs: number;
	/** A longer `Retry-After` is not waited for: the answer goes back for the caller to schedule. */
	longestWaitMs: number;
	fetch?: typeof fetch;
};

export type OutgoingRequest = {url: string; method: string; headers: Record<string, string>; body?: string};

/** No answer within the time allowed. */
export class RequestTimeout extends Error {
	constructor() {
		super('The request timed out');
		this.name = 'RequestTimeout';
	}
}

/** Passing failures: a timeout at the server, rate limiting, and the gateway errors. A 500 is no passing failure. */
const retriedStatuses = new Set([408, 429, 502, 503, 504]);
/** The statuses whose `Retry-After` says when to try again. */
const retryAfterStatuses = new Set([429, 503]);

const wait = async (ms: number) => new Promise(resolve => {
	setTimeout(resolve, ms);
});

async function fetchOnce(request: OutgoingRequest, {timeoutMs, fetch: fetchFunction = fetch}: RetryOptions): Promise<Response> {
	const controller = new AbortController();
	const timer = setTimeout(() => {
		controller.abort();
	}, timeoutMs);
	try {
		const {url, ...init} = request;
		return await fetchFunction(url, {...init, signal: controller.signal});
	} catch (error) {
		throw controller.signal.aborted ? new RequestTimeout() : error;
	} finally {
		clearTimeout(timer);
	}
}

/**
Sends a request and returns the answer, whatever its status; throws only when no answer
came (the network's error, or `RequestTimeout`). Every request of the client may be sent
twice (GET, and PUT of a whole offer), so a dropped connection or a passing failure is
tried again at once, after a growing pause or when `Retry-After` says. A timeout is not:
the caller's retry schedule takes over, rather than a performer waiting minutes.
*/
export async function fetchWithRetry(request: OutgoingRequest, options: RetryOptions): Promise<Response> {
	for (let attempt = 0; ; attempt++) {
		const isLast = attempt >= options.retries;
		const backoff = options.backoffMs * (2 ** attempt);
		let response: Response;
		try {
			response = await fetchOnce(request, options);
		} catch (error) {
			if (error instanceof RequestTimeout || isLast) {
				throw error;
			}

			await wait(backoff);
			continue;
		}

		if (isLast || !retriedStatuses.has(response.status)) {
			return response;
		}

		const retryAfter = retryAfterStatuses.has(response.status) ? parseRetryAfter(response.headers.get('Retry-After')) : undefined;
		if (retryAfter !== undefined && retryAfter > options.longestWaitMs) {
			return response;
		}

		await response.body?.cancel();
		await wait(retryAfter ?? backoff);
	}
}
