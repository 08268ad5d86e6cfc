import {notSignedIn, WorkerError} from '../lib/errors';
import {refreshCurrentOffers} from './refresh';
import {readState} from '../state/write-queue';
import {changeState} from '../display/publish';
import {t} from '../../shared/i18n';

/** A group manager picks whose offers to show and change; null (or their own ID) is their own offers. */
export async function chooseMember(userId: number | null): Promise<void> {
	const {account} = await readState();
	if (!account) {
		throw notSignedIn();
	}

	if (!account.isGroupManager) {
		throw new WorkerError('not-a-manager', t('error_notAManager'));
	}

	if (userId !== null && userId <= 0) {
		throw new WorkerError('invalid-message', t('error_badMemberId'));
	}

	await changeState(draft => {
		if (userId === null || userId === account.userId) {
			delete draft.actingFor;
		} else {
			draft.actingFor = userId;
		}
	});
	await refreshCurrentOffers(false);
}
