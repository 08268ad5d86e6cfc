import browser from 'webextension-polyfill';
import {t} from '../shared/i18n';

/** The options page in its own tab (or Firefox's add-ons manager), which also closes the popup. */
export function OptionsLink() {
	return (
		<a
			href="options.html"
			onClick={event => {
				event.preventDefault();
				void browser.runtime.openOptionsPage();
			}}
		>
			{t('popup_openOptions')}
		</a>
	);
}
