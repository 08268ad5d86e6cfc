import type {PageView} from '../messaging/protocol';
import {formatClock, formatRelative} from '../pages/format-time';
import {t} from '../shared/i18n';

type Account = NonNullable<PageView['account']>;

function expiryText(account: Account, now: number): string {
	if (account.tokenExpiresAt === undefined) {
		return t('options_tokenLifetimeUnknown');
	}

	const when = [formatClock(account.tokenExpiresAt, now), formatRelative(account.tokenExpiresAt, now)] as const;
	return account.tokenExpiresAt > now ? t('options_tokenExpires', ...when) : t('options_tokenExpired', ...when);
}

function groupText(account: Account): string {
	if (account.groupId === undefined) {
		return t('options_noGroup');
	}

	return account.groupName ? t('options_groupNamed', account.groupName, account.groupId) : String(account.groupId);
}

/** Who the worker is signed in as, and for how long: what a user checks before going live. */
export function AccountSummary({state, now = Date.now()}: {state: PageView; now?: number}) {
	const {account} = state;
	return (
		<div class="account-status" role="status">
			{state.signedIn && account ? (
				<>
					<p>{t('options_signedInAs', account.userId)}</p>
					<dl class="account">
						<dt>{t('options_userId')}</dt>
						<dd>
							{account.userId}
							{account.email && ` (${account.email})`}
						</dd>
						<dt>{t('options_group')}</dt>
						<dd>{groupText(account)}</dd>
						<dt>{t('options_groupManager')}</dt>
						<dd>{account.isGroupManager ? t('common_yes') : t('common_no')}</dd>
						<dt>{t('options_token')}</dt>
						<dd>{expiryText(account, now)}</dd>
					</dl>
				</>
			) : (
				<p>{t('options_notSignedIn')}</p>
			)}
		</div>
	);
}
