import {createFakeI18n} from './fake-i18n';

/**
The browser's `chrome.i18n`, which `src/shared/i18n.ts` reads: English before each test file
(set up by vitest.config.ts), then whichever fake browser a test builds, in its own language.
*/
export function installChromeI18n(i18n: Pick<ReturnType<typeof createFakeI18n>, 'getMessage' | 'getUILanguage'>): void {
	const global = globalThis as {chrome?: Record<string, unknown>};
	global.chrome = {...global.chrome, i18n};
}

installChromeI18n(createFakeI18n(() => 'en'));
