import type {Menus} from 'webextension-polyfill';
import {array, boolean, enums, type Infer, integer, number, object, omit, optional, record, string} from 'superstruct';
import {AccountStruct, DraftStruct, type ErrorInfoStruct, type MemberStruct, RatesStruct} from '../../messaging/protocol';
import {OfferStruct} from '../../model/offer';
import {OutboxEntryStruct} from './outbox';

/**
The worker's state of record, as kept in `storage.local` (in the form of `storage-entries.ts`).
Everything the worker holds in memory is a copy of this, or can be derived from it again after
the browser stops the worker.
*/
export const StoredConfigStruct = object({
	environment: enums(['production', 'sandbox', 'custom']),
	customBaseUrl: optional(string()),
	clientId: optional(string()),
	/** The developer's keys for public operations (group members), by the API base URL each was entered for. Never leaves the worker except as `apiKey` to that API. */
	apiKeys: optional(record(string(), string())),
	/** Keep the token in `storage.local` (true) or only until the browser closes, in `storage.session`. */
	rememberMe: boolean(),
});
export type StoredConfig = Infer<typeof StoredConfigStruct>;

export const StoredAccountStruct = omit(AccountStruct, ['tokenExpiresAt']);
export type StoredAccount = Infer<typeof StoredAccountStruct>;

/** Whose offers a cache holds, and how to reach them: the API, the signed-in user, and the member acted for. */
export const ScopeStruct = object({apiBaseUrl: string(), userId: integer(), actingFor: optional(integer())});
export type Scope = Infer<typeof ScopeStruct>;

export const OfferCacheStruct = object({
	scope: ScopeStruct,
	/** AdultWork's copy of each offer, in the list's order: what the next PUT is built on. */
	offers: array(OfferStruct),
	fetchedAt: optional(number()),
	/** When AdultWork last showed us each offer (a list or an update answer), by OfferID. */
	seenAt: record(string(), number()),
	noOfferList: boolean(),
	rates: optional(RatesStruct),
	/** Changes not yet confirmed, by OfferID: stored before anything is sent. */
	outbox: record(string(), OutboxEntryStruct),
	/** The last sequence number given to an intent: intents are numbered in the order made. */
	seq: integer(),
	drafts: record(string(), DraftStruct),
	/** What pause-all made unavailable, to be resumed; empty when not paused. */
	pausedOfferIds: array(integer()),
	/**
	When pause-all was pressed, until a list fetched after that has been paused too (offers
	switched on elsewhere), and the offers the user set since, which that list leaves alone.
	*/
	pauseAwaitsList: optional(object({since: number(), spared: array(integer())})),
});
export type OfferCache = Infer<typeof OfferCacheStruct>;

/** A context-menu item as created, by its id. */
export type MenuItem = Menus.CreateCreatePropertiesType & {id: string};

export type StoredState = {
	config: StoredConfig;
	/** Who signed in last; kept when AdultWork stops accepting the token, so the change queue knows whose it is. */
	account?: StoredAccount;
	/** The member a group manager acts for; absent: their own offers. */
	actingFor?: number;
	members: Array<Infer<typeof MemberStruct>>;
	/** Why the last refresh, sign-in or change failed. */
	error?: Infer<typeof ErrorInfoStruct>;
	offerCaches: Record<string, OfferCache>;
	/** What the browser's menus show, as far as we know: a click is noted in the same write as its change. */
	shownMenus?: MenuItem[];
};
