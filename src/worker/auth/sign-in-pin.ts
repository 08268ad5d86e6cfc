import {resolveEnvironment} from '../../api/environments';
import {WorkerError} from '../lib/errors';
import {currentGeneration} from './sign-in-generation';
import {clientIdOf} from '../state/default-config';
import type {StoredConfig} from '../state/stored-state';
import {t} from '../../shared/i18n';

/**
What a sign-in is for, taken once when it starts and carried to its end: its window asks this
authorize page for this client ID, and the token it brings is checked with, and kept for, this
API alone. Settings read again at the end could name another API, which would receive the token.
The generation catches what the settings cannot show: a sign-out, or a trip to another API and back.
*/
export type SignInPin = {apiBaseUrl: string; authorizeUrl: string; clientId?: string; generation: number};

export function pinOf(config: StoredConfig): SignInPin {
	const {apiBaseUrl, authorizeUrl} = resolveEnvironment(config);
	const pin: SignInPin = {apiBaseUrl, authorizeUrl, generation: currentGeneration()};
	const clientId = clientIdOf(config);
	if (clientId) {
		pin.clientId = clientId;
	}

	return pin;
}

/** The settings are still those the sign-in started with, and nothing voided it since. */
export function isCurrent(pin: SignInPin, config: StoredConfig): boolean {
	const now = pinOf(config);
	return now.apiBaseUrl === pin.apiBaseUrl && now.authorizeUrl === pin.authorizeUrl && now.clientId === pin.clientId && now.generation === pin.generation;
}

/** Before anything is sent or kept: a sign-in whose settings changed, or that was voided, meanwhile is dropped. */
export function checkPin(pin: SignInPin, config: StoredConfig): void {
	if (!isCurrent(pin, config)) {
		throw new WorkerError('sign-in-failed', t('error_signInDropped'));
	}
}
