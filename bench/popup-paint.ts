import type {Bench} from './bench-session';
import {demoOffers} from './bench-session';
import type {Figure} from './figures';
import {type PaintMark, paintTime} from './page-paint';
import {staticBaselineFile} from './static-baseline';
import {interleave} from './stats';

const demoTitles = demoOffers.map(offer => offer.Title);

/** One page of the extension from the worker's cache (fresh, so it asks AdultWork nothing) against the same first screen as static HTML. */
async function pagePaint(bench: Bench, runs: number, file: string, mark: PaintMark): Promise<[number[], number[]]> {
	// One of each first, unmeasured: the first tab of a kind pays for loading the browser's code.
	await paintTime(bench.browser, file, demoTitles, mark);
	await paintTime(bench.browser, staticBaselineFile, demoTitles, mark);
	return interleave(
		runs,
		async () => paintTime(bench.browser, file, demoTitles, mark),
		async () => paintTime(bench.browser, staticBaselineFile, demoTitles, mark),
	);
}

const baselineName = 'static HTML page of the extension';
const budget = {kind: 'ratio', limit: 1.25} as const;

/** The popup, the side panel (the same app in sidepanel.html) and the popup once more by its offers' text. */
export async function popupPaint(bench: Bench, runs: number): Promise<Figure[]> {
	const figures: Figure[] = [];
	for (const [file, mark, name] of [
		['popup.html', 'switches', 'popup: navigation start → offers painted from cache'],
		['popup.html', 'titles', 'popup: navigation start → offers’ text painted, read in the page'],
		['sidepanel.html', 'switches', 'side panel: navigation start → offers painted from cache'],
	] as const) {
		const [page, staticPage] = await pagePaint(bench, runs, file, mark);
		figures.push({name, unit: 'ms', runs: page, baseline: {name: baselineName, runs: staticPage}, budget});
	}

	return figures;
}
