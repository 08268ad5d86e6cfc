import type {Request} from '../../messaging/protocol';
import {heldApiKeys} from './api-keys';
import {apiBaseUrlOf} from './offer-cache';
import {readState} from './write-queue';
import {readToken} from './token-store';

/** Too short to be a credential, and too likely to be part of honest words. */
const shortest = 6;

export const credentials = (...secrets: Array<string | undefined>) =>
	secrets.map(secret => secret?.trim()).filter((secret): secret is string => secret !== undefined && secret.length >= shortest);

/** The credentials the worker holds: the stored token and the API keys. */
async function storedSecrets(): Promise<string[]> {
	const {config} = await readState();
	const token = await readToken(apiBaseUrlOf(config));
	return credentials(token?.accessToken, ...heldApiKeys(config));
}

/** The credentials a reply must never carry: the stored ones, and any given in the request. */
export async function secretsOf(request: Request): Promise<string[]> {
	const given = request.type === 'sign-in-with-token' ? request.token : request.type === 'set-config' ? request.apiKey : undefined;
	return [...(await storedSecrets()), ...credentials(given)];
}

/**
The last guard before a reply or the published view leaves the worker. Nothing should put a
credential in either, but a server that echoes one in its error message would: it is masked
here, in string values only. A replace on the serialized JSON also cut numbers that happen to
hold the same digits (a pasted "token" of 7 digits), and the reply no longer parsed.
*/
export function hideSecrets<T>(reply: T, secrets: readonly string[]): T {
	// Longest first: a credential that contains another is masked whole.
	const masked = [...new Set(secrets)].sort((a, b) => b.length - a.length);
	const walk = (value: unknown): unknown => {
		if (typeof value === 'string') {
			return masked.reduce((text, secret) => text.replaceAll(secret, '•••'), value);
		}

		if (Array.isArray(value)) {
			return value.map(item => walk(item));
		}

		if (typeof value === 'object' && value !== null) {
			// Undefined fields are left out, as storage and messaging would leave them out.
			return Object.fromEntries(
				Object.entries(value)
					.filter(([, item]) => item !== undefined)
					.map(([key, item]) => [key, walk(item)]),
			);
		}

		return value;
	};

	return walk(reply) as T;
}
