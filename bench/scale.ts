import {demoTokens, demoUser} from '../test/local-api/demo-data';
import {type Bench, demoOffers, launchSignedIn} from './bench-session';
import {askWorker, openQuietPage, timeMenuRebuild} from './extension-side';
import type {Figure} from './figures';
import {paintTime} from './page-paint';
import {interleave, repeat} from './stats';

const manyOffers = 200;
const secondPerformerId = 1002;

/** Gives a performer `count` offers on the local API's side, through its admin endpoint. */
async function seedOffers(apiUrl: string, userId: number, count: number): Promise<void> {
	const response = await fetch(`${apiUrl}/__admin/seed`, {method: 'POST', body: JSON.stringify({UserID: userId, count})});
	if (!response.ok) {
		throw new Error(`The local API did not seed offers: ${response.status}`);
	}
}

/**
A performer with 200 offers, in a second browser signed in as the second demo performer, so
that the popup's paint alternates run by run with the first performer's 5 offers; then that
performer's menus built again from scratch.
*/
export async function scale(bench: Bench, runs: number): Promise<Figure[]> {
	const {api, browser} = bench;
	if (!demoUser(secondPerformerId)) {
		throw new Error(`The local API has no demo user ${secondPerformerId}`);
	}

	await seedOffers(api.url, secondPerformerId, manyOffers);
	const busyBrowser = await launchSignedIn(bench.extensionDir, api, demoTokens.performer2);
	try {
		const fewTitles = demoOffers.map(offer => offer.Title);
		const manyTitles = api.offersOf(secondPerformerId).map(offer => offer.Title);
		await paintTime(busyBrowser, 'popup.html', manyTitles);
		await paintTime(browser, 'popup.html', fewTitles);
		const [many, few] = await interleave(
			runs,
			async () => paintTime(busyBrowser, 'popup.html', manyTitles),
			async () => paintTime(browser, 'popup.html', fewTitles),
		);

		const quietPage = await openQuietPage(busyBrowser);
		await askWorker(quietPage, {type: 'get-state'});
		const worker = await busyBrowser.worker();
		await timeMenuRebuild(worker);
		const menuSyncs = await repeat(runs, async () => timeMenuRebuild(worker));
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
	} finally {
		await busyBrowser.close();
	}
}
