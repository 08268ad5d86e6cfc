import {type Bench, demoOffers, performerId} from './bench-session';
import {askWorker, openQuietPage, timeMenuRebuild} from './extension-side';
import type {Figure} from './figures';
import {paintTime} from './page-paint';
import {repeat} from './stats';

const manyOffers = 200;

/** Gives the performer `count` offers on the local API's side, through its admin endpoint. */
async function seedOffers(apiUrl: string, count: number): Promise<void> {
	const response = await fetch(`${apiUrl}/__admin/seed`, {method: 'POST', body: JSON.stringify({UserID: performerId, count})});
	if (!response.ok) {
		throw new Error(`The local API did not seed offers: ${response.status}`);
	}
}

/**
A performer with 200 offers: the popup's paint against the demo's 5 (measured just before,
the two cannot alternate: one cache holds one list), and the menus built again from scratch.
Runs last: the performer keeps the 200 offers.
*/
export async function scale(bench: Bench, runs: number): Promise<Figure[]> {
	const {api, browser} = bench;
	const fewTitles = demoOffers.map(offer => offer.Title);
	const few = await repeat(runs, async () => paintTime(browser, 'popup.html', fewTitles));

	await seedOffers(api.url, manyOffers);
	const quietPage = await openQuietPage(browser);
	await askWorker(quietPage, {type: 'refresh', force: true});
	const manyTitles = api.offersOf(performerId).map(offer => offer.Title);
	await paintTime(browser, 'popup.html', manyTitles);
	const many = await repeat(runs, async () => paintTime(browser, 'popup.html', manyTitles));

	const worker = await browser.worker();
	await timeMenuRebuild(worker);
	const menuSyncs = await repeat(runs, async () => timeMenuRebuild(worker));
	await quietPage.close();
	return [
		{
			name: `popup paint with ${manyOffers} offers`,
			unit: 'ms',
			runs: many,
			baseline: {name: `with ${fewTitles.length} offers`, runs: few},
			budget: {kind: 'ratio', limit: 2},
		},
		{name: `context-menu sync with ${manyOffers} offers (onStartup → menus rebuilt)`, unit: 'ms', runs: menuSyncs, budget: {kind: 'at-most', limit: 100}},
	];
}
