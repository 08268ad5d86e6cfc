import {apiQuiet, type Bench, demoOffers, isOfferPut, pause} from './bench-session';
import {ageOfferCache, dispatchToggles, openQuietPage, workerSettled} from './extension-side';
import type {Figure} from './figures';
import {repeat} from './stats';

const listPath = '/v1/DirectCam/GetDirectCamSpecialOffers';

/**
Twenty popup openings in a row (a few seconds: well within a minute), starting from a cache
older than the worker's freshness limit, so that the first opening has reason to ask.
*/
export async function listRequestsOnPopupOpens(bench: Bench, runs: number): Promise<Figure> {
	const {api, browser} = bench;
	const quietPage = await openQuietPage(browser);
	const counts = await repeat(runs, async () => {
		await ageOfferCache(browser, quietPage, 5 * 60_000);
		const from = api.requests.length;
		// Each opening is a new popup document; one tab saves the bench opening twenty.
		const popup = await browser.context.newPage();
		for (let opening = 0; opening < 20; opening++) {
			await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`, {waitUntil: 'commit'});
			await popup.getByRole('switch').first().waitFor();
			// The popup asks for a refresh in an effect, a frame after it paints: long enough for that to leave.
			await pause(50);
		}

		await popup.close();
		await pause(300);
		return api.requests.slice(from).filter(request => request.method === 'GET' && request.path.startsWith(listPath)).length;
	});
	await quietPage.close();
	return {name: 'list requests when the popup opens 20 times in a minute', unit: 'requests', runs: counts, budget: {kind: 'at-most', limit: 1}};
}

/** Ten menu clicks on one offer, 10 ms apart, ending where they started; every PUT that reaches the local API is counted once the worker is done. */
export async function putsForQuickToggles(bench: Bench, runs: number): Promise<Figure> {
	const {api, browser} = bench;
	const offer = demoOffers[4]!;
	const clicks = Array.from({length: 10}, (_, index) => (index % 2 === 0 ? !offer.CurrentlyAvailable : offer.CurrentlyAvailable));
	const counts = await repeat(runs, async () => {
		const from = api.requests.length;
		await dispatchToggles(await browser.worker(), offer.OfferID, clicks, 10);
		// The last click undoes the first: sending nothing at all is a right answer, so there may be no PUT to wait for.
		await pause(300);
		await workerSettled(browser);
		await apiQuiet(api, 500);
		return api.requests.slice(from).filter(request => isOfferPut(request) && (request.body as {OfferID?: number}).OfferID === offer.OfferID).length;
	});
	return {name: 'PUTs for 10 toggles of one offer within 100 ms', unit: 'requests', runs: counts, budget: {kind: 'at-most', limit: 2}};
}
