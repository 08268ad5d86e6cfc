import type {ErrorInfo, PageView} from '../messaging/protocol';
import {ErrorText} from '../pages/error-text';
import {t} from '../shared/i18n';
import {TextField} from '../pages/text-field';
import {AccountSummary} from './account-summary';
import {signInHint} from './error-hints';
import {RedirectUrl} from './redirect-url';
import {ScopeWarning} from './scope-warning';
import type {SettingsValues} from './settings-values';

type Props = {
	state: PageView;
	values: SettingsValues;
	onChange: (change: Partial<SettingsValues>) => void;
	clientIdError: string | undefined;
	error: ErrorInfo | undefined;
	busy: boolean;
	onSignIn: () => void;
	onSignOut: () => void;
};

/** Sign-in by AdultWork's own page (the implicit grant), or by a pasted token; who is signed in, and until when. */
export function SignInSection({state, values, onChange, clientIdError, error, busy, onSignIn, onSignOut}: Props) {
	return (
		<fieldset class="section">
			<legend>{t('options_account')}</legend>
			<AccountSummary state={state} />
			<ScopeWarning state={state} />
			<TextField
				id="client-id"
				label={t('options_clientId')}
				value={values.clientId}
				autoComplete="off"
				spellcheck={false}
				error={clientIdError}
				hint={t('options_clientIdHint')}
				onValue={clientId => onChange({clientId})}
			/>
			<RedirectUrl url={state.config.redirectUrl} />
			<label class="check">
				<input
					type="checkbox"
					checked={values.rememberMe}
					aria-describedby="remember-me-hint"
					onChange={event => onChange({rememberMe: event.currentTarget.checked})}
				/>
				{t('options_rememberMe')}
			</label>
			<p id="remember-me-hint" class="hint">
				{t('options_rememberMeHint')}
			</p>
			<div class="actions">
				<button type="button" class="primary" aria-busy={busy} onClick={onSignIn}>
					{t('options_signInWithAdultWork')}
				</button>
				{state.signedIn && (
					<button type="button" onClick={onSignOut}>
						{t('options_signOut')}
					</button>
				)}
			</div>
			<ErrorText error={error} hint={signInHint(error)} />
			<TextField
				id="access-token"
				type="password"
				label={t('options_accessToken')}
				value={values.accessToken}
				autoComplete="off"
				spellcheck={false}
				hint={t('options_accessTokenHint')}
				onValue={accessToken => onChange({accessToken})}
			/>
		</fieldset>
	);
}
