import type {PageView} from '../messaging/protocol';
import {t} from '../shared/i18n';
import {TextField} from '../pages/text-field';
import type {EnvironmentName, SettingsValues} from './settings-values';

type Props = {
	config: PageView['config'];
	values: SettingsValues;
	onChange: (change: Partial<SettingsValues>) => void;
	baseUrlError: string | undefined;
	/** Only the local build offers a custom API; the shipped one talks to AdultWork alone. */
	offerCustom: boolean;
};

const choices: Array<{value: EnvironmentName; label: () => string}> = [
	{value: 'production', label: () => t('options_production')},
	{value: 'sandbox', label: () => t('options_sandbox')},
	{value: 'custom', label: () => t('options_custom')},
];

export function EnvironmentSection({config, values, onChange, baseUrlError, offerCustom}: Props) {
	const offered = offerCustom ? choices : choices.filter(({value}) => value !== 'custom');
	return (
		<fieldset class="section">
			<legend>{t('options_environment')}</legend>
			<div class="choices">
				{offered.map(({value, label}) => (
					<label key={value} class="check">
						<input type="radio" name="environment" value={value} checked={values.environment === value} onChange={() => onChange({environment: value})} />
						{label()}
					</label>
				))}
			</div>
			{offerCustom && (
				<TextField
					id="api-base-url"
					type="url"
					label={t('options_apiBaseUrl')}
					value={values.customBaseUrl}
					placeholder="http://127.0.0.1:8787"
					autoComplete="url"
					spellcheck={false}
					error={baseUrlError}
					hint={t('options_apiBaseUrlHint')}
					// Typing an address means the custom environment: no separate click on "Custom" needed.
					onValue={customBaseUrl => onChange({customBaseUrl, environment: 'custom'})}
				/>
			)}
			<p class="hint">{t('options_currentApi', config.apiBaseUrl)}</p>
		</fieldset>
	);
}
