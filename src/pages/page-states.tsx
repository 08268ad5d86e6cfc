import type {ErrorInfo} from '../messaging/protocol';
import {t} from '../shared/i18n';

/** Shown only while the worker has not answered yet; CSS holds it back briefly so a fast answer never flashes it. */
export function Loading() {
	return (
		<p class="loading" role="status">
			{t('common_loading')}
		</p>
	);
}

export function WorkerUnreachable({error, onRetry}: {error: ErrorInfo; onRetry: () => void}) {
	return (
		<section class="notice" role="alert">
			<h2>{t('common_workerUnreachable')}</h2>
			<p>{error.message}</p>
			<button type="button" onClick={onRetry}>
				{t('common_tryAgain')}
			</button>
		</section>
	);
}
