import {apiClientFor} from './api-client';
import {callApi} from './api-access';
import {notSignedIn, toErrorInfo} from './errors';
import {applyFetchedOffers, isNoOfferList} from './fetched-offers';
import {createSingleFlight} from './serial-runner';
import {actingForOf, apiBaseUrlOf, bookOf, currentScope, scopeKey} from './scope';
import {readState} from './store';
import type {Scope} from './stored-state';
import {tuning} from './tuning';
import {changeState, publish} from './views';

const flight = createSingleFlight<void>();
const refreshing = new Set<string>();

/** A refresh in flight in this worker; a stopped worker refreshes nothing, so this needs no storage. */
export const isRefreshing = () => refreshing.size > 0;

/**
Asks AdultWork for one book's offers and normal rates, when forced or when the cache is
older than a minute. However many callers ask, one list request is in flight at a time.
*/
export async function refreshOffers(scope: Scope, {force}: {force: boolean}): Promise<void> {
	const fetchedAt = bookOf(await readState(), scope)?.fetchedAt;
	if (!force && fetchedAt !== undefined && Date.now() - fetchedAt < tuning.offersFreshForMs) {
		return;
	}

	return flight(scopeKey(scope), async () => fetchBook(scope, force));
}

/** The offers the pages show now. */
export async function refreshCurrentOffers(force: boolean): Promise<void> {
	const scope = currentScope(await readState());
	if (!scope) {
		throw notSignedIn();
	}

	await refreshOffers(scope, {force});
}

async function fetchBook(scope: Scope, force: boolean): Promise<void> {
	const key = scopeKey(scope);
	refreshing.add(key);
	await publish();
	try {
		const startedAt = Date.now();
		const actingFor = actingForOf(scope);
		const [list, settings] = await Promise.allSettled([
			callApi(async client => client.listOffers(actingFor)),
			callApi(async client => client.getSettings(actingFor)),
		]);
		await changeState(draft => {
			applyFetchedOffers(draft, scope, {list, settings, startedAt, now: Date.now()});
		});
		if (list.status === 'rejected' && !isNoOfferList(list.reason)) {
			throw list.reason;
		}

		await refreshMembers(force);
	} finally {
		refreshing.delete(key);
		await publish();
	}
}

/** A manager's members, when the developer's API key is set: asked again on a forced refresh. */
async function refreshMembers(force: boolean): Promise<void> {
	const {account, config, members} = await readState();
	if (!account?.isGroupManager || account.groupId === undefined || !config.apiKey || (!force && members.length > 0)) {
		return;
	}

	try {
		const client = apiClientFor(apiBaseUrlOf(config), () => undefined);
		const found = await client.getGroupMembers({groupId: account.groupId, apiKey: config.apiKey});
		await changeState(draft => {
			if (draft.account?.userId === account.userId) {
				draft.members = found.map(member => member.Nickname ? {userId: member.UserID, nickname: member.Nickname} : {userId: member.UserID});
			}
		});
	} catch (error) {
		const info = toErrorInfo(error);
		await changeState(draft => {
			draft.error = {...info, message: `The group’s members could not be loaded: ${info.message}`};
		});
	}
}
