import type {ServerMessage} from './server-message';

export const apiErrorKinds = [
	'validation',
	'unauthorized',
	'forbidden',
	'not-found',
	'no-offer-list',
	'rate-limited',
	'server',
	'network',
	'timeout',
	'bad-response',
] as const;
export type ApiErrorKind = (typeof apiErrorKinds)[number];

const kindTexts: Record<ApiErrorKind, string> = {
	validation: 'AdultWork refused the change',
	unauthorized: 'AdultWork no longer accepts the sign-in',
	forbidden: 'This account may not do that',
	'not-found': 'AdultWork does not know that offer',
	'no-offer-list': 'This API has no offer list',
	'rate-limited': 'Too many requests to AdultWork; trying again later',
	server: 'AdultWork is having trouble',
	network: 'AdultWork cannot be reached',
	timeout: 'AdultWork took too long to answer',
	'bad-response': 'AdultWork answered with something unexpected',
};

/** Kinds worth sending again later unchanged: the request was fine, the moment was not. */
export const transientKinds: ReadonlySet<ApiErrorKind> = new Set(['rate-limited', 'server', 'network', 'timeout']);

/**
The one error every API call fails with. It is built from parts we choose, never from the
HTTP library's error, so no header (the token) and no query (the API key) can leak into it.
*/
export class ApiError extends Error {
	override name = 'ApiError';
	readonly kind: ApiErrorKind;
	readonly status: number | undefined;
	readonly serverMessage: string | undefined;
	readonly fieldErrors: Record<string, string[]> | undefined;
	/** From `Retry-After`, when the server said how long to wait. */
	readonly retryAfterMs: number | undefined;

	constructor(kind: ApiErrorKind, details: {status?: number; retryAfterMs?: number} & ServerMessage = {}) {
		super(details.message ? `${kindTexts[kind]}: ${details.message}` : kindTexts[kind]);
		this.kind = kind;
		this.status = details.status;
		this.serverMessage = details.message;
		this.fieldErrors = details.fieldErrors;
		this.retryAfterMs = details.retryAfterMs;
	}

	get transient(): boolean {
		return transientKinds.has(this.kind);
	}
}

export function kindOfStatus(status: number): ApiErrorKind {
	switch (status) {
		case 400:
		case 422: {
			return 'validation';
		}

		case 401: {
			return 'unauthorized';
		}

		case 403: {
			return 'forbidden';
		}

		case 404:
		case 410: {
			return 'not-found';
		}

		case 408: {
			return 'timeout';
		}

		case 429: {
			return 'rate-limited';
		}

		default: {
			return 'server';
		}
	}
}

/** `Retry-After` in seconds or as an HTTP date, as milliseconds from now. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
	if (!header?.trim()) {
		return undefined;
	}

	const seconds = Number(header);
	const milliseconds = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
	return Number.isFinite(milliseconds) ? Math.max(0, milliseconds) : undefined;
}
