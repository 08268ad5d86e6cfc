import type {RecordedRequest} from '../test/local-api/server';
import {answered, type Bench, nextPut} from './bench-session';
import {fetchFromWorker, replayOf, wakeWorker} from './extension-side';
import {menuToggler} from './menu-toggler';
import type {Figure} from './figures';
import {interleave} from './stats';

/**
A menu click until AdultWork has the PUT, timed from the worker's clock to the local API's.
Warm: against a bare `fetch` of the same PUT from the worker. Stopped: Chrome cannot deliver
a real click to a stopped worker from outside, so the worker is woken by a message nobody
answers (the baseline, timed alone in alternate runs) and the click is dispatched at once:
the figure is that wake-up plus click → PUT.
*/
export async function toggleLatency(bench: Bench, runs: number): Promise<Figure[]> {
	const {api, browser} = bench;
	const {quietPage, toggle: click} = await menuToggler(bench);
	let lastPut: RecordedRequest | undefined;

	async function toggle(worker = browser.worker()): Promise<number> {
		const {put, ms} = await click(await worker);
		lastPut = put;
		return ms;
	}

	async function bareFetch(): Promise<number> {
		const from = api.requests.length;
		const started = await fetchFromWorker(await browser.worker(), replayOf(lastPut!, api.url));
		const put = await nextPut(api, from);
		await answered(put);
		return put.receivedAt - started;
	}

	async function wakeUp() {
		await browser.stopWorker();
		return wakeWorker(browser, quietPage);
	}

	async function stoppedToggle(): Promise<number> {
		const {worker, wakeMs} = await wakeUp();
		return wakeMs + (await toggle(Promise.resolve(worker)));
	}

	await toggle();
	const [warm, fetches] = await interleave(runs, async () => toggle(), bareFetch);
	await stoppedToggle();
	const [stopped, wakeUps] = await interleave(runs, stoppedToggle, async () => (await wakeUp()).wakeMs);
	await quietPage.close();
	return [
		{
			name: 'menu toggle: onClicked → PUT received, warm worker',
			unit: 'ms',
			runs: warm,
			baseline: {name: 'bare fetch PUT from the worker', runs: fetches},
			budget: {kind: 'overhead', limit: 5},
		},
		{
			name: 'menu toggle, worker stopped first: wake-up + onClicked → PUT received',
			unit: 'ms',
			runs: stopped,
			baseline: {name: 'wake-up by a no-op message', runs: wakeUps},
			budget: {kind: 'overhead', limit: 30},
		},
	];
}
