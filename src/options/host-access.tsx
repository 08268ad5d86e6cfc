import type {PageView} from '../messaging/protocol';
import {t} from '../shared/i18n';

type Props = {
	config: PageView['config'];
	/** Set when the user declined, or the browser could not ask. */
	grantRefused: boolean;
	/** Runs in the click handler itself: the permission prompt needs the user's gesture. */
	onGrantAccess: () => void;
};

/**
Firefox lets a user take the access to AdultWork's API away in about:addons, production's
too: a performer must see this and its button, so it sits outside the developer settings.
*/
export function HostAccess({config, grantRefused, onGrantAccess}: Props) {
	if (config.hasHostPermission) {
		return null;
	}

	return (
		<div class="banner banner-warn" role="status">
			<p>{t('options_needsAccess', new URL(config.apiBaseUrl).host)}</p>
			{grantRefused && <p>{t('options_accessRefused')}</p>}
			<button type="button" onClick={onGrantAccess}>
				{t('options_grantAccess')}
			</button>
		</div>
	);
}
