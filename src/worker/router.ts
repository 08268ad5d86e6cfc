import browser, {type Runtime} from 'webextension-polyfill';
import {type Struct, type StructError, validate} from 'superstruct';
import {type Reply, ReplyStruct, type Request, type RequestType, requestStructs} from '../messaging/protocol';
import {toErrorInfo, WorkerError} from './lib/errors';
import {handlers} from './handlers';
import {logError} from './lib/log';
import {hideSecrets, secretsOf} from './state/secrets';
import {ready} from './state/write-queue';
import {buildPageView} from './display/page-view';
import {t} from '../shared/i18n';

function requestTypeOf(message: unknown): RequestType | undefined {
	const type = typeof message === 'object' && message !== null ? (message as {type?: unknown}).type : undefined;
	return typeof type === 'string' && Object.hasOwn(requestStructs, type) ? (type as RequestType) : undefined;
}

/** Only this extension's own pages (popup, options) may talk to the worker. */
function isOwnPage(sender: Runtime.MessageSender): boolean {
	return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
}

/** Where a message broke the protocol, never its values: a malformed sign-in request may hold a token. */
function describeInvalid(type: RequestType, error: StructError): string {
	const where = error.path.length > 0 ? error.path.join('.') : 'the message';
	return t('error_malformedRequest', type, where);
}

/** The requests that may store another token or API key: their secrets are read again afterwards. */
const changesSecrets: ReadonlySet<RequestType> = new Set(['sign-in', 'sign-in-with-token', 'set-config']);

async function handle(type: RequestType, request: Request): Promise<{reply: Reply; secretsAfter: string[]}> {
	const secretsAfter = async () => (changesSecrets.has(type) ? secretsOf(request) : []);
	try {
		await ready();
		await (handlers[type] as (request: Request) => Promise<unknown>)(request);
		// Only the request for the state asks the browser about the host again: the other replies are on the way of a change.
		const [state, secrets] = await Promise.all([buildPageView({askPermission: type === 'get-state'}), secretsAfter()]);
		return {reply: {ok: true, state}, secretsAfter: secrets};
	} catch (error) {
		const [state, secrets] = await Promise.all([buildPageView().catch(() => undefined), secretsAfter()]);
		const reply: Reply = {ok: false, error: toErrorInfo(error)};
		return {reply: state ? {...reply, state} : reply, secretsAfter: secrets};
	}
}

async function answer(type: RequestType, message: unknown): Promise<Reply> {
	const [invalid, request] = validate(message, requestStructs[type] as unknown as Struct<Request, unknown>);
	if (invalid) {
		return {ok: false, error: {code: 'invalid-message', message: describeInvalid(type, invalid)}};
	}

	// A sign-in stores a new token during the request: both the old and the new one are hidden.
	// Read side by side with the work, not before and after it: each read is a trip to the browser.
	const [secretsBefore, {reply, secretsAfter}] = await Promise.all([secretsOf(request), handle(type, request)]);
	const safe = hideSecrets(reply, [...secretsBefore, ...secretsAfter]);
	const [broken] = validate(safe, ReplyStruct);
	if (broken) {
		logError('a reply broke the protocol', `“${type}” at ${broken.path.join('.') || 'the top'}`);
		return {ok: false, error: toErrorInfo(new WorkerError('internal', t('error_badReply')))};
	}

	return safe;
}

/**
The worker's `runtime.onMessage` listener. Requests of the protocol get a promise of a
reply, errors included as data; anything else gets `undefined`, so that other listeners
may answer it (an async listener would claim every message).
*/
export function routeMessage(message: unknown, sender: Runtime.MessageSender): Promise<Reply> | undefined {
	const type = requestTypeOf(message);
	if (!type) {
		return undefined;
	}

	if (!isOwnPage(sender)) {
		return Promise.resolve({ok: false, error: {code: 'forbidden-sender', message: t('error_foreignSender')}});
	}

	return answer(type, message);
}
