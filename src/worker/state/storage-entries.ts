/*
The stored state in storage's own form and back: one key per entry, one `book:<scope>` key per
offer cache (the prefix is as version 0.1 wrote it). Imports the schema and the migrations.
*/
import {array, integer, is} from 'superstruct';
import {ErrorInfoStruct, MemberStruct} from '../../messaging/protocol';
import {logWarning} from '../lib/log';
import {migrateConfig} from './legacy-config';
import {migrateOfferCache} from './legacy-offer-cache';
import {type OfferCache, OfferCacheStruct, type StoredState, type MenuItem, type StoredConfig, StoredAccountStruct, StoredConfigStruct} from './stored-state';

const cacheKeyPrefix = 'book:';

export const storageKeyOfCache = (cacheKey: string) => cacheKeyPrefix + cacheKey;

/** Storage as the worker reads it: entries that no longer fit (an older version, a broken write) are dropped, not trusted. */
export function storedStateFromStorage(items: Record<string, unknown>, fallbackConfig: StoredConfig): StoredState {
	const offerCaches: Record<string, OfferCache> = {};
	for (const [key, value] of Object.entries(items)) {
		if (!key.startsWith(cacheKeyPrefix)) {
			continue;
		}

		const cache = is(value, OfferCacheStruct) ? value : migrateOfferCache(value);
		if (cache) {
			offerCaches[key.slice(cacheKeyPrefix.length)] = cache;
		} else {
			logWarning(`ignored a stored offer cache in an unknown form (${key})`);
		}
	}

	const config = migrateConfig(items.config);
	const state: StoredState = {
		config: is(config, StoredConfigStruct) ? config : fallbackConfig,
		members: is(items.members, array(MemberStruct)) ? items.members : [],
		offerCaches,
	};
	if (is(items.account, StoredAccountStruct)) {
		state.account = items.account;
	}

	if (is(items.actingFor, integer())) {
		state.actingFor = items.actingFor;
	}

	if (is(items.error, ErrorInfoStruct)) {
		state.error = items.error;
	}

	if (Array.isArray(items.shownMenus)) {
		state.shownMenus = items.shownMenus as MenuItem[];
	}

	return state;
}

/** The storage entries of a state: what `storedStateFromStorage` reads back. */
export function storageEntries(state: StoredState): Record<string, unknown> {
	const entries: Record<string, unknown> = {
		config: state.config,
		account: state.account,
		actingFor: state.actingFor,
		members: state.members,
		error: state.error,
		shownMenus: state.shownMenus,
	};
	for (const [key, cache] of Object.entries(state.offerCaches)) {
		entries[storageKeyOfCache(key)] = cache;
	}

	return entries;
}
