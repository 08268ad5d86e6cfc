import {openEditForm, openPopup} from '../test/e2e/harness/chromium-pages';
import type {RecordedRequest} from '../test/local-api/server';
import {answered, type Bench, demoOffers, nextPut, pause} from './bench-session';
import {fetchFromPage, replayOf, workerSettled} from './extension-side';
import type {Figure} from './figures';
import {runInBrowser} from './in-browser';
import {interleave} from './stats';

/**
Runs in the popup: presses Save and resolves with the ms until the offer shows the saved
title with no change on its way (AdultWork has answered and the popup heard of it).
*/
async function saveUntilShown(title: string): Promise<number> {
	return new Promise(resolve => {
		const label = `Available: ${title}`;
		const shown = () => {
			const toggle = Array.from(document.querySelectorAll('[role="switch"]')).find(element => element.getAttribute('aria-label') === label);
			return toggle?.closest('li')?.querySelector('.pending') === null;
		};

		let started = 0;
		const observer = new MutationObserver(() => {
			if (shown()) {
				observer.disconnect();
				resolve(performance.now() - started);
			}
		});
		observer.observe(document.body, {childList: true, subtree: true, attributes: true, characterData: true});
		started = performance.now();
		document.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
	});
}

/** Save in the popup's edit form against the very same PUT sent by a bare `fetch` from the popup. */
export async function formSave(bench: Bench, runs: number): Promise<Figure> {
	const {api, browser} = bench;
	const popup = await openPopup(browser);
	const offer = demoOffers[0]!;
	let title = offer.Title;
	let lastPut: RecordedRequest | undefined;

	async function save(): Promise<number> {
		const next = title === offer.Title ? `${offer.Title} encore` : offer.Title;
		const form = await openEditForm(popup, title);
		await form.getByLabel('Title', {exact: true}).fill(next);
		// The keystroke's draft reaches the worker before Save, as it would at human speed.
		await pause(100);
		const from = api.requests.length;
		const shownMs = await runInBrowser(popup, saveUntilShown, next);
		title = next;
		lastPut = await nextPut(api, from);
		await answered(lastPut);
		await workerSettled(browser);
		return shownMs;
	}

	await save();
	const [saves, fetches] = await interleave(runs, save, async () => fetchFromPage(popup, replayOf(lastPut!, api.url)));
	await popup.close();
	return {
		name: 'Save in the edit form → saved offer shown',
		unit: 'ms',
		runs: saves,
		baseline: {name: 'bare fetch of the same PUT from the popup', runs: fetches},
		budget: {kind: 'overhead', limit: 15},
	};
}
