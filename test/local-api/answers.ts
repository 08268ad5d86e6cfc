import type {ServerResponse} from 'node:http';
import type {ErrorShape} from './switches';

/**
What a route answers, before it is written: the server applies switches (error shape,
malformed JSON) to it in one place.
*/
export type ModelState = Record<string, string[]>;

export type Answer = {status: number; headers?: Record<string, string>} & (
	| {kind: 'json'; body: unknown}
	| {kind: 'error'; message: string; modelState?: ModelState; oauthError?: string}
	| {kind: 'html'; html: string}
	| {kind: 'raw'; contentType: string; text: string}
	| {kind: 'empty'}
);

export const json = (body: unknown, status = 200): Answer => ({kind: 'json', status, body});
export const html = (page: string, status = 200): Answer => ({kind: 'html', status, html: page});
export const noContent = (): Answer => ({kind: 'empty', status: 204});
export const redirect = (location: string, headers: Record<string, string> = {}): Answer => ({kind: 'empty', status: 302, headers: {...headers, location}});

export function failure(status: number, message: string, extra: {modelState?: ModelState; oauthError?: string; headers?: Record<string, string>} = {}): Answer {
	return {kind: 'error', status, message, ...extra};
}

export const deniedMessage = 'Authorization has been denied for this request.';

/** Wordings of ASP.NET Web API where it has one. */
const statusMessages: Record<number, string> = {
	400: 'The request is invalid.',
	401: deniedMessage,
	403: 'Access to this resource is forbidden.',
	404: 'No HTTP resource was found that matches the request URI.',
	408: 'The request timed out.',
	429: 'Too many requests. Try again later.',
	500: 'An error has occurred.',
	502: 'Bad gateway.',
	503: 'The service is unavailable.',
	504: 'The gateway timed out.',
};

export function statusMessage(status: number): string {
	return statusMessages[status] ?? `The server answered ${status}.`;
}

const oauthErrors: Record<number, string> = {
	400: 'invalid_request',
	401: 'invalid_token',
	403: 'access_denied',
	404: 'not_found',
	429: 'temporarily_unavailable',
	503: 'temporarily_unavailable',
};

const entities: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

export function escapeHtml(text: string): string {
	return text.replaceAll(/[&<>"']/g, character => entities[character]!);
}

type Written = {contentType?: string; text?: string};

function errorBody(answer: Extract<Answer, {kind: 'error'}>, shape: ErrorShape): Written {
	const {message, modelState} = answer;
	switch (shape) {
		case 'modelstate': {
			return {
				contentType: 'application/json; charset=utf-8',
				text: JSON.stringify(modelState ? {Message: message, ModelState: modelState} : {Message: message}),
			};
		}

		case 'oauth': {
			const error = answer.oauthError ?? oauthErrors[answer.status] ?? 'server_error';
			return {contentType: 'application/json; charset=utf-8', text: JSON.stringify({error, error_description: message})};
		}

		case 'text': {
			return {contentType: 'text/plain; charset=utf-8', text: message};
		}

		case 'html': {
			return {contentType: 'text/html; charset=utf-8', text: `<html><body><h1>${escapeHtml(message)}</h1></body></html>`};
		}

		case 'empty': {
			return {};
		}
	}
}

function bodyOf(answer: Answer, shape: ErrorShape): Written {
	switch (answer.kind) {
		case 'json': {
			return {contentType: 'application/json; charset=utf-8', text: JSON.stringify(answer.body)};
		}

		case 'error': {
			return errorBody(answer, shape);
		}

		case 'html': {
			return {contentType: 'text/html; charset=utf-8', text: answer.html};
		}

		case 'raw': {
			return {contentType: answer.contentType, text: answer.text};
		}

		case 'empty': {
			return {};
		}
	}
}

export function writeAnswer(response: ServerResponse, answer: Answer, shape: ErrorShape, baseHeaders: Record<string, string>): void {
	if (response.destroyed || response.writableEnded) {
		return;
	}

	const {contentType, text} = bodyOf(answer, shape);
	const headers: Record<string, string> = {...baseHeaders, ...answer.headers};
	if (contentType) {
		headers['content-type'] = contentType;
	}

	headers['content-length'] = String(Buffer.byteLength(text ?? ''));
	response.writeHead(answer.status, headers);
	response.end(text);
}
