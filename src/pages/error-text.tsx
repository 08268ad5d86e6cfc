import type {ErrorInfo} from '../messaging/protocol';
import {t} from '../shared/i18n';
import {failureText} from './failure-text';

type Props = {
	error: ErrorInfo | undefined;
	/** What the user can do about it, in a sentence. */
	hint?: string;
};

/** An error in words, with the server's own words once when it sent any. An alert is announced as it appears. */
export function ErrorText({error, hint}: Props) {
	if (!error) {
		return null;
	}

	const {summary, said} = failureText(error);
	return (
		<div class="error-text" role="alert">
			{summary && <p>{summary}</p>}
			{said && <p class="server-message">{t('common_serverSaid', said)}</p>}
			{hint && <p class="hint">{hint}</p>}
		</div>
	);
}
