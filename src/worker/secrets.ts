import type {Request} from '../messaging/protocol';
import {apiBaseUrlOf} from './scope';
import {readState} from './store';
import {readToken} from './token-store';

/** Too short to be a credential, and too likely to be part of honest words. */
const shortest = 6;

export const credentials = (...secrets: Array<string | undefined>) => secrets
	.map(secret => secret?.trim())
	.filter((secret): secret is string => secret !== undefined && secret.length >= shortest);

/** The credentials the worker holds: the stored token and the API key. */
async function storedSecrets(): Promise<string[]> {
	const {config} = await readState();
	const token = await readToken(apiBaseUrlOf(config));
	return credentials(token?.accessToken, config.apiKey);
}

/** The credentials a reply must never carry: the stored ones, and any given in the request. */
export async function secretsOf(request: Request): Promise<string[]> {
	const given = request.type === 'sign-in-with-token' ? request.token : (request.type === 'set-config' ? request.apiKey : undefined);
	return [...await storedSecrets(), ...credentials(given)];
}

/**
The last guard before a reply or the published view leaves the worker. Nothing should put a
credential in either, but a server that echoes one in its error message would: it is masked here.
*/
export function hideSecrets<T>(reply: T, secrets: readonly string[]): T {
	let text = JSON.stringify(reply);
	for (const secret of new Set(secrets)) {
		text = text.replaceAll(JSON.stringify(secret).slice(1, -1), '•••');
	}

	return JSON.parse(text) as T;
}
