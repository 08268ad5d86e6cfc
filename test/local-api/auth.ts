import {randomBytes} from 'node:crypto';
import {allScopes, demoTokens} from './demo-data';

/**
Which access tokens open the local API, for whom and with which scopes, and which users
have consented to which client (what lets a silent sign-in succeed).
*/
export type Identity = {userId: number; scopes: readonly string[]};

type TokenRecord = Identity & {expiresAt?: number};

function demoTokenRecords(): Array<[string, TokenRecord]> {
	return [
		[demoTokens.performer, {userId: 1001, scopes: allScopes}],
		[demoTokens.performer2, {userId: 1002, scopes: allScopes}],
		[demoTokens.manager, {userId: 3001, scopes: allScopes}],
		[demoTokens.expired, {userId: 1001, scopes: allScopes, expiresAt: 0}],
		[demoTokens.noScope, {userId: 1001, scopes: ['account_information']}],
	];
}

export type Auth = ReturnType<typeof createAuth>;

export function createAuth() {
	let tokens = new Map(demoTokenRecords());
	let consents = new Set<string>();
	const consentKey = (clientId: string, userId: number) => `${clientId} ${userId}`;

	return {
		issue(userId: number, {expiresInSeconds, scopes = allScopes}: {expiresInSeconds?: number; scopes?: readonly string[]} = {}): string {
			const token = randomBytes(24).toString('base64url');
			const record: TokenRecord = {userId, scopes};
			if (expiresInSeconds !== undefined) {
				record.expiresAt = Date.now() + expiresInSeconds * 1000;
			}

			tokens.set(token, record);
			return token;
		},

		/** The holder of a token that is known, not revoked and not expired. */
		identify(token: string | undefined): Identity | undefined {
			const record = token === undefined ? undefined : tokens.get(token);
			if (!record || (record.expiresAt !== undefined && record.expiresAt <= Date.now())) {
				return undefined;
			}

			return {userId: record.userId, scopes: record.scopes};
		},

		grantConsent(clientId: string, userId: number): void {
			consents.add(consentKey(clientId, userId));
		},

		hasConsent(clientId: string, userId: number): boolean {
			return consents.has(consentKey(clientId, userId));
		},

		/** Signs everyone out: the demo tokens too, until reset. Tokens issued later work. */
		revokeAll(): void {
			tokens.clear();
			consents.clear();
		},

		reset(): void {
			tokens = new Map(demoTokenRecords());
			consents = new Set();
		},
	};
}

/** `Authorization: bearer <token>`, the scheme in any case. */
export function bearerToken(authorization: string | undefined): string | undefined {
	return /^bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
}

/** Scopes as the sign-in page receives them: space-separated (INFERRED), commas tolerated. */
export function parseScopes(scope: string): string[] {
	return scope.split(/[\s,]+/).filter(Boolean);
}
