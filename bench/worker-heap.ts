import {answered, type Bench, demoOffers, nextPut} from './bench-session';
import {dispatchToggle, openQuietPage, wakeWorker, workerSettled} from './extension-side';
import type {Figure} from './figures';
import {repeat} from './stats';
import {attachToWorker, type WorkerCdp} from './worker-cdp';

const megabytes = (bytes: number) => bytes / 1_000_000;

/** The worker's live JS heap after a full garbage collection. */
async function heapUsed(cdp: WorkerCdp): Promise<number> {
	await cdp.send('HeapProfiler.collectGarbage');
	const {usedSize} = await cdp.send<{usedSize: number}>('Runtime.getHeapUsage');
	return usedSize;
}

/**
A long live show in one worker life: a fresh worker, one menu toggle, then 99 more over
the offers, each waited for until AdultWork answered it. What stays on the heap after the 100th, against the 1st.
*/
export async function workerHeap(bench: Bench, runs: number): Promise<Figure> {
	const {api, browser} = bench;
	const quietPage = await openQuietPage(browser);
	// Round the offers, as a show would: each offer's requests keep the worker's gap without the bench waiting it out.
	const available = new Map(demoOffers.map(offer => [offer.OfferID, offer.CurrentlyAvailable]));
	let toggles = 0;

	const results = await repeat(runs, async () => {
		await browser.stopWorker();
		const {worker} = await wakeWorker(browser, quietPage);
		const cdp = await attachToWorker(quietPage, browser.extensionId);
		const toggle = async () => {
			const {OfferID} = demoOffers[toggles++ % demoOffers.length]!;
			const from = api.requests.length;
			available.set(OfferID, !available.get(OfferID));
			await dispatchToggle(worker, OfferID, available.get(OfferID)!);
			await answered(await nextPut(api, from));
			await workerSettled(browser, {afterMs: 0});
		};

		await toggle();
		const afterFirst = await heapUsed(cdp);
		for (let count = 2; count <= 100; count++) {
			await toggle();
		}

		const afterHundred = await heapUsed(cdp);
		await cdp.detach();
		return {afterFirst, afterHundred};
	});
	await quietPage.close();
	return {
		name: 'worker JS heap after 100 toggles (CDP Runtime.getHeapUsage, after GC)',
		unit: 'MB',
		runs: results.map(({afterHundred}) => megabytes(afterHundred)),
		baseline: {name: 'after the first toggle', runs: results.map(({afterFirst}) => megabytes(afterFirst))},
		budget: {kind: 'ratio', limit: 1.5},
	};
}
