import {useEffect, useState} from 'preact/hooks';
import browser from 'webextension-polyfill';
import {t} from '../shared/i18n';
import {hasOffersPanel, openOffersPanel} from '../shared/offers-panel';

/** Whether this page is the side panel (sidepanel.html), which needs no link to itself. */
const inPanel = () => document.documentElement.dataset.surface === 'panel';

/**
The offers in the browser's panel, which stays open beside the stream where the popup closes
on any click outside it. The window is known before the click: Chrome opens a panel only
straight from one, with nothing awaited first.
*/
export function PanelLink() {
	const [windowId, setWindowId] = useState<number>();
	useEffect(() => {
		void browser.windows.getCurrent().then(window => setWindowId(window.id));
	}, []);
	if (inPanel() || !hasOffersPanel()) {
		return null;
	}

	return (
		<button
			type="button"
			class="small"
			onClick={() => {
				void openOffersPanel(windowId).then(() => window.close());
			}}
		>
			{t('popup_openPanel')}
		</button>
	);
}
