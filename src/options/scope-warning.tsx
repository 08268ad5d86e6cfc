import type {PageView} from '../messaging/protocol';
import {missingScopes} from '../messaging/sign-in-scopes';
import {t} from '../shared/i18n';

/** The user may untick a permission on AdultWork's page: the requests that need it would then fail, so it is said here first. */
export function ScopeWarning({state}: {state: PageView}) {
	const missing = state.signedIn ? missingScopes(state.grantedScopes) : [];
	return missing.length > 0 ? (
		<p class="banner banner-warn" role="status">
			{t('options_scopesMissing', missing.join(', '))}
		</p>
	) : null;
}
