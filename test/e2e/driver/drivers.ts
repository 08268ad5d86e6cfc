import type {BrowserDriver, BrowserName} from './driver';
import {launchChromiumDriver} from './chromium-driver';
import {launchFirefoxDriver} from './firefox-driver';

/** The browsers every scenario runs in, for `describe.each(browsers)`, and the hooks that give a scenario its browser. */

export type BrowserEntry = {name: BrowserName; launch(): Promise<BrowserDriver>};

export const browsers: BrowserEntry[] = [
	{name: 'chromium', launch: async () => launchChromiumDriver()},
	{name: 'firefox', launch: async () => launchFirefoxDriver()},
];

/** The same browsers as a German-speaking user has them: the UI language is German. */
export const germanBrowsers: BrowserEntry[] = [
	{name: 'chromium', launch: async () => launchChromiumDriver({language: 'de'})},
	{name: 'firefox', launch: async () => launchFirefoxDriver({language: 'de'})},
];

/**
One browser for the describe block that calls it, reset to a fresh install before each test.
Blocks run one after the other, so only one browser runs at a time.
*/
export function useDriver({launch}: BrowserEntry): () => BrowserDriver {
	let driver: BrowserDriver | undefined;
	beforeAll(async () => {
		driver = await launch();
	});
	afterAll(async () => driver?.close());
	beforeEach(async () => driver?.reset());
	return () => {
		if (!driver) {
			throw new Error('The browser is not launched yet');
		}

		return driver;
	};
}
