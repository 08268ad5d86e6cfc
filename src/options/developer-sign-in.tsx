import type {PageView} from '../messaging/protocol';
import {t} from '../shared/i18n';
import {TextField} from '../pages/text-field';
import {RedirectUrl} from './redirect-url';
import type {SettingsValues} from './settings-values';

type Props = {
	config: PageView['config'];
	values: SettingsValues;
	onChange: (change: Partial<SettingsValues>) => void;
	clientIdError: string | undefined;
};

/** A developer's own project: the client ID that overrides the build's, the redirect URL to register there, or a pasted token. */
export function DeveloperSignIn({config, values, onChange, clientIdError}: Props) {
	return (
		<fieldset class="section">
			<legend>{t('options_token')}</legend>
			<TextField
				id="client-id"
				label={t('options_clientId')}
				value={values.clientId}
				autoComplete="off"
				spellcheck={false}
				error={clientIdError}
				hint={t('options_clientIdOverrideHint')}
				onValue={clientId => onChange({clientId})}
			/>
			<RedirectUrl url={config.redirectUrl} />
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
