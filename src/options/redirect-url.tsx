import {useState} from 'preact/hooks';
import {t} from '../shared/i18n';

/** The address AdultWork must know for the sign-in to come back here; the developer registers it once. */
export function RedirectUrl({url}: {url: string}) {
	const [copied, setCopied] = useState(false);
	return (
		<div class="field">
			<label for="redirect-url">{t('options_redirectUrl')}</label>
			<div class="inline">
				<input id="redirect-url" type="text" readOnly value={url} aria-describedby="redirect-url-hint" onFocus={event => event.currentTarget.select()} />
				<button
					type="button"
					class="small"
					onClick={async () => {
						await navigator.clipboard.writeText(url);
						setCopied(true);
					}}
				>
					{t('options_copy')}
				</button>
			</div>
			<p id="redirect-url-hint" class="hint" role="status">
				{copied ? t('options_copied') : t('options_redirectUrlHint')}
			</p>
		</div>
	);
}
