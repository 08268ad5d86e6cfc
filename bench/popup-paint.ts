import type {Bench} from './bench-session';
import {demoOffers} from './bench-session';
import type {Figure} from './figures';
import {paintTime} from './page-paint';
import {staticBaselineFile} from './static-baseline';
import {interleave} from './stats';

const demoTitles = demoOffers.map(offer => offer.Title);

/** The popup from the worker's cache (fresh, so it asks AdultWork nothing) against the same first screen as static HTML. */
export async function popupPaint(bench: Bench, runs: number): Promise<Figure> {
	// One of each first, unmeasured: the first tab of a kind pays for loading the browser's code.
	await paintTime(bench.browser, 'popup.html', demoTitles);
	await paintTime(bench.browser, staticBaselineFile, demoTitles);
	const [popup, staticPage] = await interleave(
		runs,
		async () => paintTime(bench.browser, 'popup.html', demoTitles),
		async () => paintTime(bench.browser, staticBaselineFile, demoTitles),
	);
	return {
		name: 'popup: navigation start → offers painted from cache',
		unit: 'ms',
		runs: popup,
		baseline: {name: 'static HTML page of the extension', runs: staticPage},
		budget: {kind: 'ratio', limit: 1.25},
	};
}
