import type {ErrorInfo, PageView} from '../messaging/protocol';
import {formatClock} from '../pages/format-time';
import {t} from '../shared/i18n';
import {useAction} from '../pages/use-action';
import type {Send} from '../pages/use-worker-state';
import {OptionsLink} from './options-link';

type Props = {
	state: PageView;
	send: Send;
};

const unreachableCodes = new Set(['network', 'timeout']);
const signInCodes = new Set(['unauthorized', 'not-signed-in']);

function headline(error: ErrorInfo): string {
	if (!navigator.onLine) {
		return t('popup_offline');
	}

	return unreachableCodes.has(error.code) ? t('popup_unreachable') : error.message;
}

/** Why the offers may be stale, in words, with the one action that helps. The offers stay below it. */
export function StatusBanner({state, send}: Props) {
	const action = useAction(send);
	const {error} = state;
	if (!error && state.config.hasHostPermission) {
		return null;
	}

	if (!error) {
		return (
			<div class="banner banner-warn" role="status">
				<p>{t('popup_needsHostPermission', new URL(state.config.apiBaseUrl).host)}</p>
				<OptionsLink />
			</div>
		);
	}

	const needsSignIn = signInCodes.has(error.code);
	return (
		<div class="banner banner-error" role="alert">
			<p class="banner-title">{headline(error)}</p>
			{error.serverMessage && <p>{t('common_serverSaid', error.serverMessage)}</p>}
			{state.offers.length > 0 && state.fetchedAt !== undefined && <p>{t('popup_showingCached', formatClock(state.fetchedAt))}</p>}
			{action.error && <p>{action.error.message}</p>}
			{error.code === 'permission-denied' ? (
				<OptionsLink />
			) : (
				<button
					type="button"
					class="small"
					aria-busy={action.busy}
					onClick={() => void action.run(needsSignIn ? {type: 'sign-in'} : {type: 'refresh', force: true})}
				>
					{needsSignIn ? t('popup_signInAgain') : t('common_tryAgain')}
				</button>
			)}
		</div>
	);
}
