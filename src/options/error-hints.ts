import type {ErrorInfo} from '../messaging/protocol';
import {t} from '../shared/i18n';

/** What the user can do next, for the errors sign-in and saving can meet; the worker's message says what happened. */
export function signInHint(error: ErrorInfo | undefined): string | undefined {
	switch (error?.code) {
		case 'bad-client-id': {
			return t('options_hintBadClientId');
		}

		case 'sign-in-cancelled': {
			return t('options_hintCancelled');
		}

		case 'unauthorized': {
			return t('options_hintRefusedToken');
		}

		case 'forbidden': {
			return t('options_hintForbidden');
		}

		case 'network':
		case 'timeout': {
			return t('options_hintUnreachable');
		}

		case 'permission-denied': {
			return t('options_hintPermission');
		}

		case 'bad-config': {
			return t('options_hintBadConfig');
		}

		default: {
			return undefined;
		}
	}
}
