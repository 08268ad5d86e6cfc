import {apiClientFor} from '../auth/api-client';
import {apiKeyOf} from '../state/api-keys';
import {callApi} from '../auth/api-access';
import {notSignedIn, toErrorInfo} from '../lib/errors';
import {applyFetchedOffers, isNoOfferList} from './fetched-offers';
import {actingForOf, apiBaseUrlOf, offerCacheOf, currentScope, scopeKey} from '../state/offer-cache';
import {readState} from '../state/write-queue';
import type {Scope} from '../state/stored-state';
import {tuning} from '../lib/tuning';
import {listFlights as flights} from '../state/list-flights';
import {changeState, publish} from '../display/publish';
import {t} from '../../shared/i18n';

export type RefreshNeed = {
	/** A cache fetched more recently than this is good enough; 0 asks again whatever its age. */
	maxAgeMs: number;
	/** Only a list asked for at or after this moment will do (pause-all must see what was switched on before it). */
	startedAfter?: number;
	/** A manager's members are asked for again too (the user's own Refresh). */
	members?: boolean;
};

/**
Asks AdultWork for one cache's offers and normal rates, unless the cache is fresh enough.
However many callers ask, one list request is in flight per cache, and callers join it.
*/
export async function refreshOffers(scope: Scope, {maxAgeMs, startedAfter = Number.NEGATIVE_INFINITY, members = false}: RefreshNeed): Promise<void> {
	const key = scopeKey(scope);
	for (;;) {
		const flight = flights.get(key);
		if (flight && flight.startedAt >= startedAfter) {
			return flight.done;
		}

		if (flight) {
			// Too old for this caller: it waits for that one to end, then asks (or joins whoever asked first).
			await flight.done.catch(() => undefined);
			continue;
		}

		const fetchedAt = offerCacheOf(await readState(), scope)?.fetchedAt;
		if (flights.has(key)) {
			continue;
		}

		if (fetchedAt !== undefined && Date.now() - fetchedAt < maxAgeMs && fetchedAt >= startedAfter) {
			return;
		}

		const started = {startedAt: Date.now(), done: Promise.resolve()};
		flights.set(key, started);
		started.done = fetchList(scope, members, () => flights.delete(key));
		return started.done;
	}
}

/** The offers the pages show now: `force` asks AdultWork whatever the cache's age. */
export async function refreshCurrentOffers(force: boolean): Promise<void> {
	const scope = currentScope(await readState());
	if (!scope) {
		throw notSignedIn();
	}

	await refreshOffers(scope, {maxAgeMs: force ? 0 : tuning.offersFreshForMs, members: force});
}

async function fetchList(scope: Scope, withMembers: boolean, ended: () => void): Promise<void> {
	try {
		const startedAt = Date.now();
		const actingFor = actingForOf(scope);
		// "Refreshing" is shown while the requests are on their way, not before they leave: a toggle on a stale copy waits for them.
		const [[list, settings]] = await Promise.all([
			Promise.allSettled([callApi(scope, async client => client.listOffers(actingFor)), callApi(scope, async client => client.getSettings(actingFor))]),
			publish(),
		]);
		await changeState(draft => {
			applyFetchedOffers(draft, scope, {list, settings, startedAt, now: Date.now()});
		});
		if (list.status === 'rejected' && !isNoOfferList(list.reason)) {
			throw list.reason;
		}

		await refreshMembers(withMembers);
	} finally {
		ended();
		await publish();
	}
}

/** A manager's members, when the developer's API key for this API is set: asked for once, and again on the user's Refresh. */
async function refreshMembers(force: boolean): Promise<void> {
	const {account, config, members} = await readState();
	const apiKey = apiKeyOf(config);
	if (!account?.isGroupManager || account.groupId === undefined || !apiKey || (!force && members.length > 0)) {
		return;
	}

	try {
		const client = apiClientFor(apiBaseUrlOf(config), () => undefined);
		const found = await client.getGroupMembers({groupId: account.groupId, apiKey});
		await changeState(draft => {
			if (draft.account?.userId === account.userId) {
				draft.members = found.map(member => (member.Nickname ? {userId: member.UserID, nickname: member.Nickname} : {userId: member.UserID}));
			}
		});
	} catch (error) {
		const info = toErrorInfo(error);
		await changeState(draft => {
			draft.error = {...info, message: t('error_membersFailed', info.message)};
		});
	}
}
