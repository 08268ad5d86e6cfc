import type {ErrorInfo} from '../messaging/protocol';
import {t} from '../shared/i18n';

type Props = {
	error: ErrorInfo | undefined;
	/** What the user can do about it, in a sentence. */
	hint?: string;
};

/** An error in words, with the server's own message when it sent one. An alert is announced as it appears. */
export function ErrorText({error, hint}: Props) {
	if (!error) {
		return null;
	}

	return (
		<div class="error-text" role="alert">
			<p>{error.message}</p>
			{error.serverMessage && error.serverMessage !== error.message && <p class="server-message">{t('common_serverSaid', error.serverMessage)}</p>}
			{hint && <p class="hint">{hint}</p>}
		</div>
	);
}
