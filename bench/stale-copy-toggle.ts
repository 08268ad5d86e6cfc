import type {RecordedRequest} from '../test/local-api/server';
import {answered, type Bench, nextPut} from './bench-session';
import {type RawRequest, replayOf} from './extension-side';
import {menuToggler} from './menu-toggler';
import type {Figure} from './figures';
import {interleave} from './stats';

declare const directcamTestHooks: {ageCopies(ms: number): Promise<void>};

/** A list GET, then at once the PUT, from the worker: what the fresh-copy rule costs at the least. Resolves with when it started. */
async function listThenPut(bench: Bench, list: RawRequest, put: RawRequest): Promise<number> {
	return (await bench.browser.worker()).evaluate(
		async ({list, put}) => {
			const at = performance.timeOrigin + performance.now();
			const response = await fetch(list.url, list);
			await response.text();
			void fetch(put.url, put);
			return at;
		},
		{list, put},
	);
}

/**
A menu toggle when the cached copy of the offer is older than the fresh-copy window (30 s):
the worker fetches the list before it builds the PUT. Against the least that rule can cost,
a bare list GET followed by the same PUT from the worker.
*/
export async function staleCopyToggle(bench: Bench, runs: number): Promise<Figure> {
	const {api, browser} = bench;
	const {quietPage, toggle: click} = await menuToggler(bench);
	let lastPut: RecordedRequest | undefined;
	let lastList: RecordedRequest | undefined;

	async function toggle(): Promise<number> {
		const worker = await browser.worker();
		await worker.evaluate(async () => directcamTestHooks.ageCopies(31_000));
		const {put, from, ms} = await click(worker);
		lastList = api.requests.slice(from).find(request => request.method === 'GET' && /GetDirectCamSpecialOffers/i.test(request.path));
		lastPut = put;
		return ms;
	}

	async function bare(): Promise<number> {
		const from = api.requests.length;
		const started = await listThenPut(bench, replayOf(lastList!, api.url), replayOf(lastPut!, api.url));
		const put = await nextPut(api, from);
		await answered(put);
		return put.receivedAt - started;
	}

	await toggle();
	const [stale, bareRuns] = await interleave(runs, toggle, bare);
	await quietPage.close();
	return {
		name: 'menu toggle on a copy older than 30 s → PUT received',
		unit: 'ms',
		runs: stale,
		baseline: {name: 'a list GET plus a bare PUT from the worker', runs: bareRuns},
		budget: {kind: 'overhead', limit: 15},
	};
}
