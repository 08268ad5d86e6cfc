import type {StoredState} from './stored-state';

/** A list request in flight for one offer cache; callers join it rather than ask again. */
export type ListFlight = {
	/** When it was asked for. */
	startedAt: number;
	/** Settles once the list (or that this API has none) is stored; rejects with the list's failure. */
	listed: Promise<void>;
	/** Settles once the rates, the members and the publishes after it are done too. */
	done: Promise<void>;
	/** Changes made within the write that stores the list (a claim on the copy just fetched); closed once that write has begun. */
	inListWrite: Array<(draft: StoredState) => void> | undefined;
};

/** The list request in flight per offer cache. */
export const listFlights = new Map<string, ListFlight>();

/** A refresh in flight in this worker; a stopped worker refreshes nothing, so this needs no storage. */
export const isRefreshing = () => listFlights.size > 0;
