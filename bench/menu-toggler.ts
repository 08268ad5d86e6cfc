import type {Worker} from 'playwright-core';
import type {RecordedRequest} from '../test/local-api/server';
import {answered, type Bench, demoOffers, nextPut} from './bench-session';
import {dispatchToggle, openQuietPage, workerSettled} from './extension-side';

/**
One offer's checkbox in the toolbar menu, clicked again and again with no page listening (the
popup closed, as when a performer clicks the menu): what the toggle figures time.
*/
export async function menuToggler({api, browser}: Bench) {
	await Promise.all(browser.context.pages().map(async page => page.close()));
	const quietPage = await openQuietPage(browser);
	const offer = demoOffers[1]!;
	let available = offer.CurrentlyAvailable;
	return {
		quietPage,
		/** Clicks the box once; resolves with the PUT, where the requests of this click begin, and the time from the click to the PUT's arrival. */
		async toggle(worker: Worker): Promise<{put: RecordedRequest; from: number; ms: number}> {
			const from = api.requests.length;
			available = !available;
			const dispatched = await dispatchToggle(worker, offer.OfferID, available);
			const put = await nextPut(api, from);
			await answered(put);
			// A lone toggle, as a performer makes one: further from the last than the worker's gap between requests for one offer.
			await workerSettled(browser, {afterMs: 300});
			return {put, from, ms: put.receivedAt - dispatched};
		},
	};
}
