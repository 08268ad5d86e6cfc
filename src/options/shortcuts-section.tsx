import {useEffect, useState} from 'preact/hooks';
import {t} from '../shared/i18n';
import {openShortcutSettings, readShortcuts, type ShortcutsInfo} from './shortcuts';

/**
Each command's keys, whether they work outside the browser, and where to change them. Read
again when the page is shown anew: the user changes them on the browser's page and comes back.
*/
export function ShortcutsSection() {
	const [info, setInfo] = useState<ShortcutsInfo | 'unreadable'>();
	useEffect(() => {
		const read = () => {
			readShortcuts().then(setInfo, () => {
				setInfo('unreadable');
			});
		};

		const onVisible = () => document.visibilityState === 'visible' && read();
		read();
		document.addEventListener('visibilitychange', onVisible);
		return () => document.removeEventListener('visibilitychange', onVisible);
	}, []);

	return (
		<section class="section" aria-labelledby="shortcuts-heading">
			<h2 id="shortcuts-heading">{t('options_shortcuts')}</h2>
			{info === 'unreadable' && <p>{t('options_shortcutsUnreadable')}</p>}
			{info && info !== 'unreadable' && (
				<>
					<dl class="shortcuts">
						{info.shortcuts.map(shortcut => (
							<div key={shortcut.name}>
								<dt>{shortcut.description}</dt>
								<dd>
									{shortcut.keys ? <kbd>{shortcut.keys}</kbd> : t('options_shortcutNone')}
									<span class="hint"> {t(shortcut.global ? 'options_shortcutGlobal' : 'options_shortcutFocusOnly')}</span>
								</dd>
							</div>
						))}
					</dl>
					<p class="hint">{t(info.where === 'firefox' ? 'options_shortcutsChangeFirefox' : 'options_shortcutsChangeChromium')}</p>
					{info.canOpenSettings && (
						<button type="button" onClick={() => void openShortcutSettings(info.where)}>
							{t('options_shortcutsOpenSettings')}
						</button>
					)}
				</>
			)}
		</section>
	);
}
