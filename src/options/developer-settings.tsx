import type {ComponentChildren} from 'preact';
import {t} from '../shared/i18n';

type Props = {
	open: boolean;
	onToggle: (open: boolean) => void;
	children: ComponentChildren;
};

/**
What a developer needs and a performer does not, folded away: closed until the user opens it,
or until one of its fields has an error, which the form opens it for.
*/
export function DeveloperSettings({open, onToggle, children}: Props) {
	return (
		<details class="developer" open={open} onToggle={event => onToggle(event.currentTarget.open)}>
			<summary>{t('options_developerSettings')}</summary>
			<p class="hint">{t('options_developerSettingsHint')}</p>
			{children}
		</details>
	);
}
