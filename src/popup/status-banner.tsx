import type {ComponentChild} from 'preact';
import type {ErrorCode, ErrorInfo, PageView} from '../messaging/protocol';
import {ErrorText} from '../pages/error-text';
import {failureText} from '../pages/failure-text';
import {formatClock} from '../pages/format-time';
import {t} from '../shared/i18n';
import {useAction} from '../pages/use-action';
import type {Send} from '../pages/use-worker-state';
import {OptionsLink} from './options-link';
import {signInLapseCodes} from './sign-in-hint';

type Props = {
	state: PageView;
	send: Send;
};

const unreachableCodes: ReadonlySet<ErrorCode> = new Set(['network', 'timeout']);

function headline(error: ErrorInfo): string | undefined {
	if (!navigator.onLine) {
		return t('popup_offline');
	}

	return unreachableCodes.has(error.code) ? t('popup_unreachable') : failureText(error).summary;
}

/**
Why the offers may be stale, in words (AdultWork's own once), with what helps: signing in
again, the options, or the header's Refresh, which stays in view; no second button of that name.
*/
export function StatusBanner({state, send}: Props) {
	const signIn = useAction(send);
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

	const {said} = failureText(error);
	const title = headline(error);
	let remedy: ComponentChild = <p>{t('popup_refreshHint')}</p>;
	if (error.code === 'permission-denied') {
		remedy = <OptionsLink />;
	} else if (signInLapseCodes.has(error.code)) {
		remedy = (
			<button type="button" class="small" aria-busy={signIn.busy} onClick={() => void signIn.run({type: 'sign-in'})}>
				{t('popup_signInAgain')}
			</button>
		);
	}

	return (
		<div class="banner banner-error" role="alert">
			{title && <p class="banner-title">{title}</p>}
			{said && <p>{t('common_serverSaid', said)}</p>}
			{state.offers.length > 0 && state.fetchedAt !== undefined && <p>{t('popup_showingCached', formatClock(state.fetchedAt))}</p>}
			{remedy}
			<ErrorText error={signIn.error} />
		</div>
	);
}
