import {ApiError, type ApiErrorKind} from '../../api/api-error';
import type {ErrorInfo} from '../../messaging/protocol';
import {formatViolation, type RuleViolation} from '../../model/rule-violation';
import {logError} from './log';

/** The protocol codes the worker itself answers with, beside the API's error kinds. */
export type WorkerErrorCode =
	| 'invalid-message'
	| 'forbidden-sender'
	| 'invalid-offer'
	| 'unknown-offer'
	| 'no-pending-change'
	| 'change-in-flight'
	| 'not-signed-in'
	| 'sign-in-cancelled'
	| 'sign-in-failed'
	| 'bad-client-id'
	| 'bad-config'
	| 'not-a-manager'
	| 'permission-denied'
	| 'internal'
	| ApiErrorKind;

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
	return new WorkerError('invalid-offer', 'The offer breaks a rule of AdultWork', {
		violations: violations.map(violation => ({...violation, message: formatViolation(violation)})),
	});
}

export function notSignedIn(): WorkerError {
	return new WorkerError('not-signed-in', 'You are signed out. Sign in again to send your changes.');
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
		return withoutEmpty({code: error.kind, message: error.message, serverMessage: error.serverMessage, fieldMessages: firstMessages(error.fieldErrors)});
	}

	logError('unexpected failure', error);
	return {code: 'internal', message: 'Something went wrong inside the extension'};
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
