import {apiClientFor} from '../auth/api-client';
import {apiKeyOf} from '../state/api-keys';
import {callApi} from '../auth/api-access';
import {notSignedIn, toErrorInfo} from '../lib/errors';
import {applyFetchedOffers, applyFetchedRates, isNoOfferList} from './fetched-offers';
import {actingForOf, apiBaseUrlOf, offerCacheOf, currentScope, scopeKey} from '../state/offer-cache';
import {readState} from '../state/write-queue';
import type {Scope, StoredState} from '../state/stored-state';
import type {Offer} from '../../model/offer';
import type {Settings} from '../../model/account';
import {tuning} from '../lib/tuning';
import {type ListFlight, listFlights as flights} from '../state/list-flights';
import {changeState, publish, storeWithPageView} from '../display/publish';
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
The flight to join, started when none fits; none when the cache is fresh enough. One list
request is in flight per cache, and callers join it.
*/
async function flightFor(scope: Scope, {maxAgeMs, startedAfter = Number.NEGATIVE_INFINITY, members = false}: RefreshNeed): Promise<ListFlight | undefined> {
	const key = scopeKey(scope);
	for (;;) {
		const flight = flights.get(key);
		if (flight && flight.startedAt >= startedAfter) {
			return flight;
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
			return undefined;
		}

		return startFlight(scope, members);
	}
}

/** Asks AdultWork for one cache's offers and normal rates, unless the cache is fresh enough; resolves once all of it is stored and shown. */
export async function refreshOffers(scope: Scope, need: RefreshNeed): Promise<void> {
	await (await flightFor(scope, need))?.done;
}

/**
For a change that needs a fresh copy: resolves once the list is stored, not after the rates, the
members and the publishes that follow. `claim` runs within the write that stores the list, so
that a request built on it leaves with no write of its own; `claimed` is what it returned, and
is absent when that write had begun before this call (or the cache was fresh): claim then.
*/
export async function refreshToClaim<T>(scope: Scope, need: RefreshNeed, claim: (draft: StoredState) => T): Promise<{claimed: T} | undefined> {
	const flight = await flightFor(scope, need);
	let claimed: {claimed: T} | undefined;
	flight?.inListWrite?.push(draft => {
		claimed = {claimed: claim(draft)};
	});
	await flight?.listed;
	return claimed;
}

/** The offers the pages show now: `force` asks AdultWork whatever the cache's age. */
export async function refreshCurrentOffers(force: boolean): Promise<void> {
	const scope = currentScope(await readState());
	if (!scope) {
		throw notSignedIn();
	}

	await refreshOffers(scope, {maxAgeMs: force ? 0 : tuning.offersFreshForMs, members: force});
}

function startFlight(scope: Scope, withMembers: boolean): ListFlight {
	const key = scopeKey(scope);
	const startedAt = Date.now();
	const flight: ListFlight = {startedAt, inListWrite: [], listed: Promise.resolve(), done: Promise.resolve()};
	flights.set(key, flight);
	const actingFor = actingForOf(scope);
	const list = callApi(scope, async client => client.listOffers(actingFor));
	const settings = callApi(scope, async client => client.getSettings(actingFor));
	// "Refreshing" is shown while the requests are on their way, not before they leave; the list does not wait for it.
	const shown = publish();
	flight.listed = storeList(scope, flight, list);
	flight.done = finish(scope, withMembers, flight, settings, shown);
	// A failure is the callers' to handle, each through the one it waits for.
	flight.listed.catch(() => undefined);
	flight.done.catch(() => undefined);
	return flight;
}

/** The list in a write of its own, as soon as it comes: the rates do not hold it up, nor the changes waiting on it. */
async function storeList(scope: Scope, flight: ListFlight, list: Promise<Offer[]>): Promise<void> {
	const [fetched] = await Promise.allSettled([list]);
	await storeWithPageView(draft => {
		const inListWrite = flight.inListWrite ?? [];
		flight.inListWrite = undefined;
		applyFetchedOffers(draft, scope, {list: fetched, startedAt: flight.startedAt, now: Date.now()});
		if (fetched.status === 'fulfilled' || isNoOfferList(fetched.reason)) {
			for (const change of inListWrite) {
				change(draft);
			}
		}
	});
	if (fetched.status === 'rejected' && !isNoOfferList(fetched.reason)) {
		throw fetched.reason;
	}
}

async function finish(scope: Scope, withMembers: boolean, flight: ListFlight, settings: Promise<Settings>, shown: Promise<void>): Promise<void> {
	try {
		const [rates] = await Promise.allSettled([settings, shown]);
		if (rates.status === 'fulfilled') {
			await changeState(draft => {
				applyFetchedRates(draft, scope, rates.value);
			});
		}

		await flight.listed;
		await refreshMembers(withMembers);
	} finally {
		flights.delete(scopeKey(scope));
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
