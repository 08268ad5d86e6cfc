/*
`npm start`: the main job a newcomer sees. Builds the local build, starts the local API on
127.0.0.1:8787 (or LOCAL_API_PORT) and opens Chromium with the extension loaded and signed
in as the demo performer. Without a display it keeps the API running and says what to load.
*/
import {mkdtemp} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {chromium} from 'playwright-core';
import {demoTokens} from '../test/local-api/demo-data';
import {startLocalApi} from '../test/local-api/server';
import {build} from './build';
import {browserPaths} from './ensure-browsers';

const port = Number(process.env.LOCAL_API_PORT ?? 8787);
const targets = await build({local: true, outDir: 'dist'});
const extensionDir = targets.find(target => target.browser === 'chromium')!.dir;
const api = await startLocalApi({port});
console.log(`Local AdultWork API: ${api.url}`);

async function openSignedInBrowser(): Promise<void> {
	const profile = await mkdtemp(path.join(tmpdir(), 'directcam-start-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: browserPaths.chromium,
		headless: false,
		viewport: null,
		args: [
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			`--disable-extensions-except=${extensionDir}`,
			`--load-extension=${extensionDir}`,
		],
	});
	const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
	const extensionId = new URL(worker.url()).host;

	// Signing in the way a person would: the options page, the demo performer's token, Save.
	const options = context.pages()[0] ?? (await context.newPage());
	await options.goto(`chrome-extension://${extensionId}/options.html`);
	await options.getByLabel('API base URL').fill(api.url);
	await options.getByLabel('Access token').fill(demoTokens.performer);
	await options.getByRole('button', {name: 'Save'}).click();
	await options.getByText('1001').first().waitFor();
	const popup = await context.newPage();
	await popup.goto(`chrome-extension://${extensionId}/popup.html`);
	console.log('Chromium is open with the extension, signed in as ScarlettRose (1001). Close it or press Ctrl+C to stop.');
	context.on('close', () => void stop());
}

async function stop(): Promise<never> {
	await api.close();
	process.exit(0);
}

process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) {
	await openSignedInBrowser();
} else {
	console.log(`No display here, so no browser opens. The local API keeps running.
Load the extension by hand: chrome://extensions → Developer mode → Load unpacked → ${extensionDir}
Then on its options page paste the demo token ${demoTokens.performer} under "Access token" and Save.
Press Ctrl+C to stop.`);
}
