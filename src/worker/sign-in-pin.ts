import {resolveEnvironment} from '../api/environments';
import {WorkerError} from './errors';
import type {StoredConfig} from './stored-state';

/**
What a sign-in is for, taken once when it starts and carried to its end: its window asks this
authorize page for this client ID, and the token it brings is checked with, and kept for, this
API alone. Settings read again at the end could name another API, which would receive the token.
*/
export type SignInPin = {apiBaseUrl: string; authorizeUrl: string; clientId?: string};

export function pinOf(config: StoredConfig): SignInPin {
	const {apiBaseUrl, authorizeUrl} = resolveEnvironment(config);
	return config.clientId ? {apiBaseUrl, authorizeUrl, clientId: config.clientId} : {apiBaseUrl, authorizeUrl};
}

/** The settings are still those the sign-in started with. */
export function isCurrent(pin: SignInPin, config: StoredConfig): boolean {
	const now = pinOf(config);
	return now.apiBaseUrl === pin.apiBaseUrl && now.authorizeUrl === pin.authorizeUrl && now.clientId === pin.clientId;
}

/** Before anything is sent or kept: a sign-in whose settings changed meanwhile is dropped. */
export function checkPin(pin: SignInPin, config: StoredConfig): void {
	if (!isCurrent(pin, config)) {
		throw new WorkerError('sign-in-failed', 'The settings changed during the sign-in, so it was dropped. Sign in again.');
	}
}
