import {t} from '../shared/i18n';
import {TextField} from '../pages/text-field';
import type {SettingsValues} from './settings-values';

type Props = {
	hasApiKey: boolean;
	values: SettingsValues;
	onChange: (change: Partial<SettingsValues>) => void;
	onRemove: () => void;
};

/** The developer's API key, only for the group's member list; the field never shows a saved key. */
export function ApiKeySection({hasApiKey, values, onChange, onRemove}: Props) {
	return (
		<fieldset class="section">
			<legend>{t('options_groupMembers')}</legend>
			<TextField
				id="api-key"
				type="password"
				label={t('options_apiKey')}
				value={values.apiKey}
				autoComplete="off"
				spellcheck={false}
				placeholder={hasApiKey ? t('options_apiKeySaved') : ''}
				hint={t('options_apiKeyHint')}
				onValue={apiKey => onChange({apiKey})}
			/>
			{hasApiKey && (
				<button type="button" onClick={onRemove}>
					{t('options_removeApiKey')}
				</button>
			)}
		</fieldset>
	);
}
