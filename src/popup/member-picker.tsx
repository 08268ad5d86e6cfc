import {useState} from 'preact/hooks';
import type {PageView} from '../messaging/protocol';
import {ErrorText} from '../pages/error-text';
import {t} from '../shared/i18n';
import {useAction} from '../pages/use-action';
import type {Send} from '../pages/use-worker-state';

type Props = {
	state: PageView;
	send: Send;
};

const ownOffers = '';

/**
Whose offers a group manager sees and edits. With an API key the group's members are a
list to pick from; without one the manager types the member's UserID.
*/
export function MemberPicker({state, send}: Props) {
	const choose = useAction(send);
	const [userIdText, setUserIdText] = useState(state.actingFor === undefined ? '' : String(state.actingFor));
	const pick = (userId: number | undefined) => void choose.run({type: 'choose-member', userId: userId ?? null});

	if (state.members.length > 0) {
		return (
			<div class="member-picker">
				<label for="member">{t('popup_member')}</label>
				<select
					id="member"
					value={state.actingFor === undefined ? ownOffers : String(state.actingFor)}
					aria-busy={choose.busy}
					onChange={event => pick(event.currentTarget.value === ownOffers ? undefined : Number(event.currentTarget.value))}
				>
					<option value={ownOffers}>{t('popup_ownOffers')}</option>
					{state.members.map(member => (
						<option key={member.userId} value={String(member.userId)}>
							{member.nickname ? t('popup_memberOption', member.nickname, member.userId) : t('popup_memberId', member.userId)}
						</option>
					))}
				</select>
				<ErrorText error={choose.error} />
			</div>
		);
	}

	const typedUserId = Number(userIdText);
	const isBlank = userIdText.trim() === '';
	const isValidUserId = isBlank || (Number.isSafeInteger(typedUserId) && typedUserId > 0);
	return (
		<form
			class="member-picker"
			onSubmit={event => {
				event.preventDefault();
				if (isValidUserId) {
					pick(isBlank ? undefined : typedUserId);
				}
			}}
		>
			<fieldset>
				<legend>{t('popup_member')}</legend>
				<label for="member-user-id">{t('popup_userId')}</label>
				<input
					id="member-user-id"
					type="number"
					min="1"
					step="1"
					inputMode="numeric"
					value={userIdText}
					aria-invalid={isValidUserId ? undefined : 'true'}
					aria-describedby="member-user-id-error member-user-id-hint"
					onInput={event => setUserIdText(event.currentTarget.value)}
				/>
				<button type="submit" class="small">
					{t('popup_showMember')}
				</button>
				{state.actingFor !== undefined && (
					<button
						type="button"
						class="small"
						onClick={() => {
							setUserIdText('');
							pick(undefined);
						}}
					>
						{t('popup_ownOffers')}
					</button>
				)}
				<p id="member-user-id-error" class="field-error" aria-live="polite">
					{isValidUserId ? '' : t('popup_userIdInvalid')}
				</p>
				<p id="member-user-id-hint" class="hint">
					{t('popup_userIdHint')}
				</p>
			</fieldset>
			<ErrorText error={choose.error} />
		</form>
	);
}
