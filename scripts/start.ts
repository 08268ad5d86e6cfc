/*
`npm start`: the main job a newcomer sees. Builds the local build, starts the local API on
127.0.0.1:8787 (or LOCAL_API_PORT) and opens Chromium (`-- --firefox`: Firefox ESR) with the
extension loaded and signed in as the demo performer, through the browser suite's own launch
and sign-in code. Without a display it keeps the API running and says what to load.
*/
import path from 'node:path';
import process from 'node:process';
import {pathToFileURL} from 'node:url';
import {chromiumDriver} from '../test/e2e/driver/chromium-driver';
import {signInWithTokenMessage} from '../test/e2e/driver/in-extension';
import {launchChromium} from '../test/e2e/harness/chromium';
import {launchFirefox} from '../test/e2e/harness/firefox';
import {signInWithToken} from '../test/e2e/steps/sign-in';
import {demoTokens} from '../test/local-api/demo-data';
import {startLocalApi} from '../test/local-api/server';
import {build} from './build';
import {type BrowserName, ensureBrowsers} from './ensure-browsers';

const browserLabels: Record<BrowserName, string> = {chromium: 'Chromium', firefox: 'Firefox ESR'};

/** `npm start` opens Chromium, `npm start -- --firefox` Firefox ESR; anything else is refused in one line. */
export function parseStartArguments(argv: string[]): {browser: BrowserName} {
	const unknown = argv.filter(argument => argument !== '--firefox' && argument !== '--chromium');
	if (unknown.length > 0) {
		throw new Error(`Unknown argument ${unknown.join(' ')}: use npm start (Chromium) or npm start -- --firefox (Firefox ESR).`);
	}

	return {browser: argv.includes('--firefox') ? 'firefox' : 'chromium'};
}

/** Where no browser can open: how to load the build by hand and sign in as the demo performer. */
export function noDisplayMessage(browser: BrowserName, extensionDir: string): string {
	const load =
		browser === 'firefox'
			? `about:debugging#/runtime/this-firefox → Load Temporary Add-on… → ${extensionDir}/manifest.json`
			: `chrome://extensions → Developer mode → Load unpacked → ${extensionDir}`;
	return `No display here, so no browser opens. The local API keeps running.
Load the extension by hand: ${load}
Then on its options page open "Developer settings", paste the demo token ${demoTokens.performer} under "Access token" and Save.
Press Ctrl+C to stop.`;
}

/**
The suite's own launch, with a window, signed in as the demo performer, with the popup open; `onClose`
runs when the user closes the browser. Chromium signs in the way a developer would (the options
page, its developer settings, the token, Save). Firefox through the message protocol: outside
headless mode puppeteer's queries do not reach its moz-extension:// pages, its evaluations do.
*/
async function openSignedIn(browser: BrowserName, extensionDir: string, apiUrl: string, onClose: () => void): Promise<void> {
	const token = demoTokens.performer;
	if (browser === 'firefox') {
		const session = await launchFirefox({extensionDir, headless: false});
		session.browser.on('disconnected', onClose);
		const refused = await session.inExtension(signInWithTokenMessage, {apiUrl, token});
		if (refused) {
			throw new Error(`The demo sign-in failed: ${refused}`);
		}

		await session.openPage('popup.html');
		return;
	}

	const session = await launchChromium({extensionDir, headless: false});
	session.context.on('close', onClose);
	const driver = chromiumDriver(session);
	await signInWithToken(driver, apiUrl, token);
	await driver.openPage('popup');
}

async function main(): Promise<void> {
	const {browser} = parseStartArguments(process.argv.slice(2));
	const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
	// Only where it will open: a machine without a display needs no browser.
	if (hasDisplay) {
		ensureBrowsers([browser]);
	}

	const targets = await build({local: true, outDir: 'dist'});
	const extensionDir = path.relative(process.cwd(), targets.find(target => target.browser === browser)!.dir);
	const api = await startLocalApi({port: Number(process.env.LOCAL_API_PORT ?? 8787)});
	console.log(`Local AdultWork API: ${api.url}`);
	const stop = async () => {
		await api.close();
		process.exit(0);
	};

	process.on('SIGINT', () => void stop());
	process.on('SIGTERM', () => void stop());
	if (!hasDisplay) {
		console.log(noDisplayMessage(browser, extensionDir));
		return;
	}

	await openSignedIn(browser, path.resolve(extensionDir), api.url, () => void stop());
	console.log(`${browserLabels[browser]} is open with the extension, signed in as ScarlettRose (1001). Close it or press Ctrl+C to stop.`);
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? '')).href) {
	// A missing browser or a wrong argument is a sentence for the user, not a stack trace.
	main().catch((error: unknown) => {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	});
}
