import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import type {Page} from 'playwright-core';
import {demoTokens} from '../local-api/demo-data';
import {useLocalApi} from '../helpers/use-local-api';
import {chromiumDriver} from './driver/chromium-driver';
import {type ChromiumSession, launchChromium} from './harness/chromium';

/**
axe-core on every page of the extension, as a performer meets it: light and dark, English and
German. In Chromium only: axe judges the rendered page, which is the same app in Firefox.
Evaluated through the DevTools protocol, which the pages' content security policy does not govern.
*/
const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Violation = {id: string; nodes: Array<{target: unknown[]}>};

async function violationsOf(page: Page): Promise<string[]> {
	await page.evaluate(await axeSource);
	const violations = await page.evaluate(async () => {
		const {axe} = globalThis as unknown as {axe: {run(): Promise<{violations: Violation[]}>}};
		return (await axe.run()).violations;
	});
	return violations.map(({id, nodes}) => `${id}: ${nodes.map(node => JSON.stringify(node.target)).join(', ')}`);
}

describe.each(['en', 'de'])('chromium in %s', language => {
	const localApi = useLocalApi();
	let session: ChromiumSession;
	beforeAll(async () => {
		session = await launchChromium({language});
	});
	afterAll(async () => session?.close());

	it.each(['light', 'dark'] as const)('finds nothing wrong on the popup, the side panel and the options page (%s)', async colorScheme => {
		await chromiumDriver(session).signInByMessage(localApi().url, demoTokens.performer);
		for (const file of ['popup.html', 'sidepanel.html', 'options.html'] as const) {
			const page = await session.openPage(file);
			await page.emulateMedia({colorScheme});
			await page
				.locator(file === 'options.html' ? '.shortcuts' : 'ul')
				.first()
				.waitFor();
			if (file === 'options.html') {
				// The developer's part too, opened.
				await page.locator('details summary').first().click();
			}

			expect(await violationsOf(page), file).toStrictEqual([]);
			await page.close();
		}
	});
});
