import type {ErrorCode, ErrorInfo} from '../messaging/protocol';
import {t} from '../shared/i18n';

/** Codes that only say the sign-in lapsed: a page that says "signed out" has said them. */
export const signInLapseCodes: ReadonlySet<ErrorCode> = new Set(['unauthorized', 'not-signed-in']);

/** What the user can do about a failed sign-in, when there is something. */
export function signInHint(error: ErrorInfo): string | undefined {
	switch (error.code) {
		case 'bad-client-id':
		case 'bad-config': {
			return t('popup_hintClientId');
		}

		case 'sign-in-cancelled': {
			return t('popup_hintCancelled');
		}

		default: {
			return undefined;
		}
	}
}
