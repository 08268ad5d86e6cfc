import type {ComponentChildren} from 'preact';
import type {ErrorInfo, PageView} from '../messaging/protocol';
import {ErrorText} from '../pages/error-text';
import {t} from '../shared/i18n';
import {AccountSummary} from './account-summary';
import {signInHint} from './error-hints';
import {ScopeWarning} from './scope-warning';
import type {SettingsValues} from './settings-values';

type Props = {
	state: PageView;
	values: SettingsValues;
	onChange: (change: Partial<SettingsValues>) => void;
	error: ErrorInfo | undefined;
	busy: boolean;
	onSignIn: () => void;
	onSignOut: () => void;
	/** The host access banner, which the form owns: its refusal is remembered across saves. */
	children?: ComponentChildren;
};

/** What a performer comes for: who is signed in and until when, Sign in with AdultWork, Sign out, Remember me. */
export function SignInSection({state, values, onChange, error, busy, onSignIn, onSignOut, children}: Props) {
	return (
		<fieldset class="section">
			<legend>{t('options_account')}</legend>
			{!state.signedIn && <p class="intro">{t('options_signInIntro')}</p>}
			<AccountSummary state={state} />
			<ScopeWarning state={state} />
			{children}
			<div class="actions">
				{/* Once signed in, signing in again is the lesser choice. */}
				<button type="button" class={state.signedIn ? undefined : 'primary'} aria-busy={busy} onClick={onSignIn}>
					{t('options_signInWithAdultWork')}
				</button>
				{state.signedIn && (
					<button type="button" onClick={onSignOut}>
						{t('options_signOut')}
					</button>
				)}
			</div>
			<ErrorText error={error} hint={signInHint(error)} />
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
		</fieldset>
	);
}
