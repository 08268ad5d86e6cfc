import {notSignedIn, WorkerError} from '../lib/errors';
import {refreshCurrentOffers} from './refresh';
import {readState} from '../state/write-queue';
import {changeState} from '../display/publish';

/** A group manager picks whose offers to show and change; null (or their own ID) is their own offers. */
export async function chooseMember(userId: number | null): Promise<void> {
	const {account} = await readState();
	if (!account) {
		throw notSignedIn();
	}

	if (!account.isGroupManager) {
		throw new WorkerError('not-a-manager', 'Only a group manager can act for a member of the group.');
	}

	if (userId !== null && userId <= 0) {
		throw new WorkerError('invalid-message', 'A member’s UserID is a positive whole number.');
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
