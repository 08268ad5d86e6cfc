/*
`npm run screenshots`: the extension's pages as a performer sees them, for a review. Builds the
local build, starts the local API on a free loopback port, signs in as the demo performer in
headless Chromium and writes each page in light and dark, English and German, to screenshots/.
*/
import {existsSync} from 'node:fs';
import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import {signInWithTokenMessage} from '../test/e2e/driver/in-extension';
import {type ChromiumSession, launchChromium} from '../test/e2e/harness/chromium';
import {demoTokens} from '../test/local-api/demo-data';
import {startLocalApi} from '../test/local-api/server';
import {build} from './build';
import {ensureBrowsers} from './ensure-browsers';

type Shot = {name: string; file: string; viewport: {width: number; height: number}; ready: string};

const outDir = 'screenshots';
const languages = ['en', 'de'];
const schemes = ['light', 'dark'] as const;

/** Each page once drawn: the popup's list, the options page's shortcuts (read after the form), the side panel's first content. */
function shotsFor(extensionDir: string): Shot[] {
	const shots: Shot[] = [
		{name: 'popup', file: 'popup.html', viewport: {width: 380, height: 600}, ready: 'ul, h2'},
		{name: 'options', file: 'options.html', viewport: {width: 800, height: 900}, ready: '.shortcuts'},
	];
	if (existsSync(path.join(extensionDir, 'sidepanel.html'))) {
		shots.push({name: 'sidepanel', file: 'sidepanel.html', viewport: {width: 400, height: 800}, ready: '#app *'});
	}

	return shots;
}

/** Through the message protocol rather than the options page's labels, which speak the browser's language. */
async function signIn(session: ChromiumSession, apiUrl: string): Promise<void> {
	const page = await session.context.newPage();
	await page.goto(`chrome-extension://${session.extensionId}/options.html`);
	const refused = await page.evaluate(signInWithTokenMessage, {apiUrl, token: demoTokens.performer});
	if (refused) {
		throw new Error(`The demo sign-in failed: ${refused}`);
	}

	await page.close();
}

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
				await signIn(session, api.url);
				for (const shot of shotsFor(extensionDir)) {
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
