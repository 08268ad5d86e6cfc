/**
Timings of the worker. Tests shorten them with `tune()`; the extension keeps the defaults.
Not state: every worker start begins from these values.
*/
export const tuning = {
	/** Each call's deadline, over its tries, headers and body; the list, the longest answer, has its own. */
	requestTimeoutMs: 10_000,
	listTimeoutMs: 15_000,
	/** Quick tries inside one request (ky's retries); longer waits go through `browser.alarms`. */
	inlineRetries: 2,
	longestInlineWaitMs: 5000,
	/** A non-forced refresh asks the API again only when the cached offers are older than this. */
	offersFreshForMs: 60_000,
	/** Waits before the 1st, 2nd, … retry of a change; the last one repeats. Chrome fires alarms 30 s apart at the least. */
	retryDelaysMs: [30_000, 60_000, 120_000, 300_000, 600_000, 900_000],
	/**
	Requests for one offer leave at least this far apart. A burst of toggles makes two: the first
	at once, then the last intent once the burst is over. Kept in memory: a new worker sends at once.
	*/
	sendGapMs: 150,
	/** A request not answered by then shows as being sent; most answers come sooner, and bring their outcome instead. */
	showSendingAfterMs: 100,
	/** A PUT replaces the whole offer: it is built on AdultWork's copy fetched at most this long before, or the list is fetched first. */
	freshCopyMs: 30_000,
	/** After a day of failures a change stops retrying by itself, and waits for the user's Retry or Discard. */
	giveUpAfterMs: 24 * 60 * 60 * 1000,
	/** A change older than this is not sent silently at the next sign-in: it waits for the user's Send or Discard. */
	holdAfterMs: 12 * 60 * 60 * 1000,
	/** Offer caches of other accounts or members, untouched this long and holding no change, are dropped. */
	dropCachesAfterMs: 30 * 24 * 60 * 60 * 1000,
	/** Chrome fires no alarm sooner than this after it is set. */
	soonestAlarmMs: 30_000,
};

export type Tuning = typeof tuning;

export function tune(overrides: Partial<Tuning>): void {
	Object.assign(tuning, overrides);
}
