import type {IncomingMessage} from 'node:http';
import {failure, statusMessage, type Answer} from './answers';
import type {RouteContext, RouteTable, ServerState} from './context';

export async function readContext(request: IncomingMessage, state: ServerState): Promise<RouteContext> {
	const chunks: Buffer[] = [];
	for await (const chunk of request) {
		chunks.push(chunk as Buffer);
	}

	const rawBody = Buffer.concat(chunks).toString('utf8');
	const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]));
	return {
		method: request.method ?? 'GET',
		url: new URL(request.url ?? '/', 'http://local-api'),
		headers,
		body: parseBody(rawBody),
		rawBody,
		state,
	};
}

function parseBody(text: string): unknown {
	if (text === '') {
		return undefined;
	}

	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}

export const isLoopback = (address: string | undefined) => /^(127\.|::1$|::ffff:127\.)/.test(address ?? '');

/** Paths are case-insensitive (INFERRED from the docs' mixed spelling); methods are not. */
export function route(table: RouteTable, context: RouteContext): Answer {
	const methods = table[context.url.pathname.toLowerCase()];
	if (!methods) {
		return failure(404, statusMessage(404));
	}

	const handler = methods[context.method];
	if (!handler) {
		const allow = Object.keys(methods).join(', ');
		return failure(405, `The requested resource does not support http method '${context.method}'.`, {headers: {allow}});
	}

	return handler(context);
}
