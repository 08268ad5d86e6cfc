/** The list request in flight per offer cache, and when it was asked for: callers join it rather than ask again. */
export const listFlights = new Map<string, {startedAt: number; done: Promise<void>}>();

/** A refresh in flight in this worker; a stopped worker refreshes nothing, so this needs no storage. */
export const isRefreshing = () => listFlights.size > 0;
