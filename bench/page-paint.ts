import type {ChromiumSession} from '../test/e2e/harness/chromium';
import {browserScript} from './in-browser';

declare global {
	// eslint-disable-next-line no-var -- set by the init script below, in the measured page
	var benchPainted: Promise<number> | undefined;
}

/**
Runs in the measured page before any of its own scripts: once every wanted switch is in the
document, the next frame is drawn, and the time since navigation start is kept.
*/
function watchForSwitches(labels: string[]): void {
	globalThis.benchPainted = new Promise(resolve => {
		const shown = () => {
			const switches = document.querySelectorAll('[role="switch"]');
			if (switches.length < labels.length) {
				return false;
			}

			const present = new Set(Array.from(switches, element => element.getAttribute('aria-label')));
			return labels.every(label => present.has(label));
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
		observer.observe(document, {childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label']});
	});
}

export const switchLabel = (title: string) => `Available: ${title}`;

/** Opens a page of the extension in a new tab: ms from its navigation start until the given offers' switches were painted. */
export async function paintTime(browser: ChromiumSession, file: string, titles: readonly string[]): Promise<number> {
	const page = await browser.context.newPage();
	try {
		await page.setViewportSize({width: 380, height: 600});
		await page.addInitScript(browserScript(watchForSwitches, titles.map(switchLabel)));
		await page.goto(`chrome-extension://${browser.extensionId}/${file}`);
		return await page.evaluate(async () => globalThis.benchPainted!);
	} finally {
		await page.close();
	}
}
