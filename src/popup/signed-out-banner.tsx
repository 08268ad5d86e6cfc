import type {PageView} from '../messaging/protocol';
import {ErrorText} from '../pages/error-text';
import {useAction} from '../pages/use-action';
import type {Send} from '../pages/use-worker-state';
import {t} from '../shared/i18n';
import {signInHint, signInLapseCodes} from './sign-in-hint';

type Props = {
	state: PageView;
	send: Send;
};

/** The sign-in lapsed while offers are known: one banner over them, and the changes wait for the new sign-in. */
export function SignedOutBanner({state, send}: Props) {
	const signIn = useAction(send);
	const lapse = state.error && signInLapseCodes.has(state.error.code);
	const error = signIn.error ?? (lapse ? undefined : state.error);
	return (
		<div class="banner banner-warn" role="status">
			<p class="banner-title">{t('popup_signedOutBanner')}</p>
			<button type="button" class="small primary" aria-busy={signIn.busy} onClick={() => void signIn.run({type: 'sign-in'})}>
				{t('popup_signInAgain')}
			</button>
			<ErrorText error={error} hint={error && signInHint(error)} />
		</div>
	);
}
