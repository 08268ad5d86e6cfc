import type {Change} from '../messaging/protocol';

/** How long a change may be on its way before the popup offers Retry and Discard. */
export const calmPendingMs = 5000;

/** On its way with nothing wrong: the offer only says "Saving…". */
export function isCalm(change: Change): boolean {
	return (change.status === 'due' || change.status === 'sending') && !change.error && !hasRefusedOrHeld(change);
}

/** Failed, refused or held: the user has something to decide at once. */
export function hasFailed(change: Change): boolean {
	return change.error !== undefined || ['refused', 'given-up', 'held'].includes(change.status) || hasRefusedOrHeld(change);
}

function hasRefusedOrHeld(change: Change): boolean {
	return Object.keys(change.refused).length > 0 || Object.keys(change.held).length > 0;
}
