import type {ChromiumSession} from '../test/e2e/harness/chromium';
import {browserScript} from './in-browser';

declare global {
	// eslint-disable-next-line no-var -- set by the init script below, in the measured page
	var benchPainted: Promise<number> | undefined;
}

/** What shows that the offers are drawn: their switches (by label), or their titles' text. */
export type PaintMark = 'switches' | 'titles';

/**
Runs in the measured page before any of its own scripts: once every wanted switch (or offer
title) is in the document, the next frame is drawn, and the time since navigation start is
kept, read by the page's own clock.
*/
function watchForOffers({mark, titles}: {mark: PaintMark; titles: string[]}): void {
	globalThis.benchPainted = new Promise(resolve => {
		const wanted = mark === 'switches' ? titles.map(title => `Available: ${title}`) : titles;
		const shown = () => {
			const elements = document.querySelectorAll(mark === 'switches' ? '[role="switch"]' : '.offer-title');
			if (elements.length < wanted.length) {
				return false;
			}

			const present = new Set(Array.from(elements, element => (mark === 'switches' ? element.getAttribute('aria-label') : element.textContent)));
			return wanted.every(item => present.has(item));
		};

		// After a requestAnimationFrame callback the frame is drawn; a message task runs after that.
		const afterNextPaint = () => {
			requestAnimationFrame(() => {
				const channel = new MessageChannel();
				channel.port1.addEventListener('message', () => resolve(performance.now()));
				channel.port1.start();
				channel.port2.postMessage(undefined);
			});
		};

		const observer = new MutationObserver(() => {
			if (shown()) {
				observer.disconnect();
				afterNextPaint();
			}
		});
		observer.observe(document, {childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-label']});
	});
}

/** Opens a page of the extension in a new tab: ms from its navigation start until the given offers' switches (or titles) were painted. */
export async function paintTime(browser: ChromiumSession, file: string, titles: readonly string[], mark: PaintMark = 'switches'): Promise<number> {
	const page = await browser.context.newPage();
	try {
		await page.setViewportSize({width: 380, height: 600});
		await page.addInitScript(browserScript(watchForOffers, {mark, titles: [...titles]}));
		await page.goto(`chrome-extension://${browser.extensionId}/${file}`);
		return await page.evaluate(async () => globalThis.benchPainted!);
	} finally {
		await page.close();
	}
}
