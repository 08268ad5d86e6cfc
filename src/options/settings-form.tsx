import {useState} from 'preact/hooks';
import {buildDefaults} from '../shared/build-defaults';
import type {ErrorInfo, Request, PageView} from '../messaging/protocol';
import {ErrorText} from '../pages/error-text';
import {t} from '../shared/i18n';
import type {Send} from '../pages/use-worker-state';
import {ApiKeySection} from './api-key-section';
import {DeveloperSettings} from './developer-settings';
import {DeveloperSignIn} from './developer-sign-in';
import {EnvironmentSection} from './environment-section';
import {signInHint} from './error-hints';
import {HostAccess} from './host-access';
import {requestHostPermission} from './host-permission';
import {configRequest, customBaseUrl, type SettingsValues, valuesFromConfig} from './settings-values';
import {SignInSection} from './sign-in-section';
import {useFocusAfterRender} from './use-focus-after-render';

type Props = {
	state: PageView;
	send: Send;
	reload: () => void;
};

/** One form, one Save: remember me and the developer settings (environment, client ID, API key, a pasted token) go together. */
export function SettingsForm({state, send, reload}: Props) {
	const [values, setValues] = useState(() => valuesFromConfig(state.config));
	const [showUrlError, setShowUrlError] = useState(false);
	const [clientIdError, setClientIdError] = useState<string>();
	const [saveError, setSaveError] = useState<ErrorInfo>();
	const [signInError, setSignInError] = useState<ErrorInfo>();
	const [grantRefused, setGrantRefused] = useState(false);
	const [busy, setBusy] = useState(false);
	const [status, setStatus] = useState('');
	const [developerOpen, setDeveloperOpen] = useState(false);
	const focusAfterRender = useFocusAfterRender();
	const urlInvalid = values.environment === 'custom' && !customBaseUrl(values);

	/** A developer field has an error: its section opens, and the field takes the focus. */
	const showDeveloperField = (id: string) => {
		setDeveloperOpen(true);
		focusAfterRender(id);
	};

	const change = (update: Partial<SettingsValues>) => {
		setValues(current => ({...current, ...update}));
		setStatus('');
		if (update.clientId !== undefined) {
			setClientIdError(undefined);
		}
	};

	/** Runs the requests in order; the first refusal stops them and shows where it belongs. */
	async function run(requests: Request[], done: string, permission?: Promise<boolean>) {
		setBusy(true);
		setSaveError(undefined);
		setSignInError(undefined);
		if (permission) {
			setGrantRefused(!(await permission));
		}

		for (const request of requests) {
			const reply = await send(request);
			if (!reply.ok) {
				(request.type === 'set-config' ? setSaveError : setSignInError)(reply.error);
				// The settings refused are the developer's: the hint points at them.
				setDeveloperOpen(open => open || reply.error.code === 'bad-config');
				setBusy(false);
				return;
			}
		}

		setValues(current => ({...current, apiKey: '', accessToken: ''}));
		setStatus(done);
		setBusy(false);
	}

	/**
	Checks the form and saves it, then sends `then`. A custom API's host is asked for first,
	synchronously: the browser shows its prompt only inside the user's click.
	*/
	function saveAnd(then: Request[], done: string) {
		setShowUrlError(urlInvalid);
		if (urlInvalid) {
			showDeveloperField('api-base-url');
			return;
		}

		if (!busy) {
			const baseUrl = values.environment === 'custom' ? customBaseUrl(values) : undefined;
			void run([configRequest(values), ...then], done, baseUrl ? requestHostPermission(baseUrl) : undefined);
		}
	}

	function save(event: Event) {
		event.preventDefault();
		const token = values.accessToken.trim();
		saveAnd(token ? [{type: 'sign-in-with-token', token}] : [], t('options_saved'));
	}

	function signIn() {
		// The field only overrides the client ID a build brings; a build without one needs it.
		if (!values.clientId.trim() && !buildDefaults.clientId) {
			setClientIdError(t('options_clientIdMissing'));
			showDeveloperField('client-id');
			return;
		}

		saveAnd([{type: 'sign-in'}], t('options_signedIn'));
	}

	return (
		<form class="settings" noValidate onSubmit={save}>
			<SignInSection
				state={state}
				values={values}
				error={signInError}
				busy={busy}
				onChange={change}
				onSignIn={signIn}
				onSignOut={() => void run([{type: 'sign-out'}], t('options_signedOut'))}
			>
				<HostAccess
					config={state.config}
					grantRefused={grantRefused}
					onGrantAccess={() => {
						void requestHostPermission(state.config.apiBaseUrl).then(granted => {
							setGrantRefused(!granted);
							reload();
						});
					}}
				/>
			</SignInSection>
			<DeveloperSettings open={developerOpen} onToggle={setDeveloperOpen}>
				<EnvironmentSection
					config={state.config}
					values={values}
					baseUrlError={showUrlError && urlInvalid ? t('options_apiBaseUrlInvalid') : undefined}
					offerCustom={buildDefaults.customApi}
					onChange={change}
				/>
				<DeveloperSignIn config={state.config} values={values} clientIdError={clientIdError} onChange={change} />
				<ApiKeySection
					hasApiKey={state.config.hasApiKey}
					values={values}
					onChange={change}
					onRemove={() => void run([{type: 'set-config', apiKey: ''}], t('options_apiKeyRemoved'))}
				/>
			</DeveloperSettings>
			<div class="save-bar">
				<button type="submit" class="primary" aria-busy={busy}>
					{t('common_save')}
				</button>
				<p class="hint" role="status">
					{status}
				</p>
			</div>
			<ErrorText error={saveError} hint={signInHint(saveError)} />
		</form>
	);
}
