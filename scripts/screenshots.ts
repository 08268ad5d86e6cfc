import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import {chromiumDriver} from '../test/e2e/driver/chromium-driver';
import {type ChromiumSession, launchChromium} from '../test/e2e/harness/chromium';
import {demoTokens} from '../test/local-api/demo-data';
import {startLocalApi} from '../test/local-api/server';
import {build} from './build';
import {ensureBrowsers} from './ensure-browsers';

type Shot = {name: string; file: string; viewport: {width: number; height: number}; ready: string};

const outDir = 'screenshots';
const languages = ['en', 'de'];
const schemes = ['light', 'dark'] as const;

/** Each page once drawn: the popup's list, the options page's shortcuts (read after the form), the side panel's list. */
const shots: Shot[] = [
	{name: 'popup', file: 'popup.html', viewport: {width: 380, height: 600}, ready: 'ul, h2'},
	{name: 'options', file: 'options.html', viewport: {width: 800, height: 900}, ready: '.shortcuts'},
	{name: 'sidepanel', file: 'sidepanel.html', viewport: {width: 400, height: 800}, ready: 'ul, h2'},
];

async function shoot(session: ChromiumSession, shot: Shot, language: string): Promise<string[]> {
	const written: string[] = [];
	for (const colorScheme of schemes) {
		const page = await session.context.newPage();
		await page.setViewportSize(shot.viewport);
		await page.emulateMedia({colorScheme});
		await page.goto(`chrome-extension://${session.extensionId}/${shot.file}`);
		await page.locator(shot.ready).first().waitFor();
		const file = path.join(outDir, `${shot.name}-${language}-${colorScheme}.png`);
		await page.screenshot({path: file, fullPage: true});
		written.push(file);
		await page.close();
	}

	return written;
}

async function main(): Promise<void> {
	ensureBrowsers(['chromium']);
	const targets = await build({local: true, outDir: 'dist'});
	const extensionDir = targets.find(target => target.browser === 'chromium')!.dir;
	await mkdir(outDir, {recursive: true});
	const api = await startLocalApi({port: 0});
	try {
		for (const language of languages) {
			// A fresh profile per language: Chromium takes its UI language once, at launch.
			const session = await launchChromium({extensionDir, language});
			try {
				// Through the protocol rather than the options page's labels, which speak the browser's language.
				await chromiumDriver(session).signInByMessage(api.url, demoTokens.performer);
				for (const shot of shots) {
					for (const file of await shoot(session, shot, language)) {
						console.log(file);
					}
				}
			} finally {
				await session.close();
			}
		}
	} finally {
		await api.close();
	}
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
});
