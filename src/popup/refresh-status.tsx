import type {PageView} from '../messaging/protocol';
import {ErrorText} from '../pages/error-text';
import {formatClock} from '../pages/format-time';
import {t} from '../shared/i18n';
import {useAction} from '../pages/use-action';
import type {Send} from '../pages/use-worker-state';

type Props = {
	state: PageView;
	send: Send;
	/** Signed out: nothing can be fetched until the user signs in again. */
	disabled?: boolean;
};

/** When the offers were fetched, whether a refresh is running, and a button that forces one. */
export function RefreshStatus({state, send, disabled = false}: Props) {
	const refresh = useAction(send);
	const refreshing = state.refreshing || refresh.busy;
	let status = '';
	if (refreshing) {
		status = t('popup_refreshing');
	} else if (state.fetchedAt !== undefined) {
		status = t('popup_updatedAt', formatClock(state.fetchedAt));
	}

	return (
		<div class="refresh">
			<p class="hint" role="status">
				{status}
			</p>
			<button
				type="button"
				class="small"
				disabled={disabled}
				aria-busy={refreshing}
				onClick={() => {
					if (!refresh.busy) {
						void refresh.run({type: 'refresh', force: true});
					}
				}}
			>
				{t('popup_refresh')}
			</button>
			{/* A failed refresh is usually in state.error (the banner); this is for a worker that did not answer at all. */}
			<ErrorText error={refresh.error && !state.error ? refresh.error : undefined} />
		</div>
	);
}
