import {ApiError, type ApiErrorKind} from '../../api/api-error';
import type {ErrorInfo, WorkerErrorCode} from '../../messaging/protocol';
import {formatViolation, type RuleViolation} from '../../model/rule-violation';
import {logError} from './log';
import {type MessageKey, t} from '../../shared/i18n';

/** The API client words its errors in English for logs; the user reads them in the browser's language. */
const apiErrorTexts: Record<ApiErrorKind, MessageKey> = {
	validation: 'error_apiValidation',
	unauthorized: 'error_apiUnauthorized',
	forbidden: 'error_apiForbidden',
	'not-found': 'error_apiNotFound',
	'no-offer-list': 'error_apiNoOfferList',
	'rate-limited': 'error_apiRateLimited',
	server: 'error_apiServer',
	network: 'error_apiNetwork',
	timeout: 'error_apiTimeout',
	'bad-response': 'error_apiBadResponse',
};

/** A failure the worker explains itself, in words for the person using the extension. */
export class WorkerError extends Error {
	override name = 'WorkerError';
	readonly code: WorkerErrorCode;
	readonly details: Pick<ErrorInfo, 'serverMessage' | 'violations'>;

	constructor(code: WorkerErrorCode, message: string, details: Pick<ErrorInfo, 'serverMessage' | 'violations'> = {}) {
		super(message);
		this.code = code;
		this.details = details;
	}
}

export function invalidOffer(violations: RuleViolation[]): WorkerError {
	return new WorkerError('invalid-offer', t('error_invalidOffer'), {
		violations: violations.map(violation => ({...violation, message: formatViolation(violation)})),
	});
}

export function notSignedIn(): WorkerError {
	return new WorkerError('not-signed-in', t('error_notSignedIn'));
}

/** Changes that meet these wait, without a retry time, for the user to sign in or grant access. */
export function waitsForUser(error: unknown): boolean {
	return error instanceof WorkerError && (error.code === 'not-signed-in' || error.code === 'permission-denied');
}

/** Every error as the pages see it: a code and a human message, plus the server's words when it sent any. */
export function toErrorInfo(error: unknown): ErrorInfo {
	if (error instanceof WorkerError) {
		return withoutEmpty({code: error.code, message: error.message, ...error.details});
	}

	if (error instanceof ApiError) {
		const text = t(apiErrorTexts[error.kind]);
		const message = error.serverMessage ? `${text}: ${error.serverMessage}` : text;
		return withoutEmpty({code: error.kind, message, serverMessage: error.serverMessage, fieldMessages: firstMessages(error.fieldErrors)});
	}

	logError('unexpected failure', error);
	return {code: 'internal', message: t('error_internal')};
}

/** One message per field: ASP.NET lists several, the first says enough beside a field. */
function firstMessages(fieldErrors: Record<string, string[]> | undefined): Record<string, string> | undefined {
	const entries = Object.entries(fieldErrors ?? {}).flatMap(([field, messages]) => (messages[0] ? [[field, messages[0]]] : []));
	return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function withoutEmpty(info: ErrorInfo): ErrorInfo {
	const clean: ErrorInfo = {code: info.code, message: info.message};
	if (info.serverMessage) {
		clean.serverMessage = info.serverMessage;
	}

	if (info.fieldMessages) {
		clean.fieldMessages = info.fieldMessages;
	}

	if (info.violations?.length) {
		clean.violations = info.violations;
	}

	return clean;
}
