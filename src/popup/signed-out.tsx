import type {PageView} from '../messaging/protocol';
import {ErrorText} from '../pages/error-text';
import {t} from '../shared/i18n';
import {useAction} from '../pages/use-action';
import type {Send} from '../pages/use-worker-state';
import {OptionsLink} from './options-link';
import {signInHint} from './sign-in-hint';

type Props = {
	state: PageView;
	send: Send;
};

export function SignedOut({state, send}: Props) {
	const signIn = useAction(send);
	const error = signIn.error ?? state.error;
	return (
		<section class="notice" aria-labelledby="signed-out-heading">
			<h2 id="signed-out-heading">{t('popup_signedOutHeading')}</h2>
			<p>{state.config.clientId ? t('popup_signedOutText') : t('popup_signedOutNoClientId')}</p>
			<div class="actions">
				<button type="button" class="primary" aria-busy={signIn.busy} onClick={() => void signIn.run({type: 'sign-in'})}>
					{t('popup_signIn')}
				</button>
				<OptionsLink />
			</div>
			<ErrorText error={error} hint={error && signInHint(error)} />
		</section>
	);
}
