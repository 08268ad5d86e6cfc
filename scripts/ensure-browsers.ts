import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import process from 'node:process';

/**
The browser suite needs Debian's Chromium and Firefox ESR. Never skip a browser silently:
install them when we can (root with apt), otherwise stop and say what to install.
*/
export const browserPaths = {
	chromium: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};

export type BrowserName = keyof typeof browserPaths;

/**
What each browser needs on disk, by Debian package: the browser, and its German language pack
(the German scenarios and screenshots). A browser of one's own (CHROME_PATH, FIREFOX_PATH) brings its own.
*/
const needs: Record<BrowserName, Array<{file: string; debianPackage: string}>> = {
	chromium: [
		{file: browserPaths.chromium, debianPackage: 'chromium'},
		...(process.env.CHROME_PATH ? [] : [{file: '/usr/lib/chromium/locales/de.pak', debianPackage: 'chromium-l10n'}]),
	],
	firefox: [
		{file: browserPaths.firefox, debianPackage: 'firefox-esr'},
		...(process.env.FIREFOX_PATH
			? []
			: [{file: '/usr/lib/firefox-esr/browser/extensions/langpack-de@firefox-esr.mozilla.org.xpi', debianPackage: 'firefox-esr-l10n-de'}]),
	],
};

const missingPackages = (names: BrowserName[]) =>
	names.flatMap(name => needs[name].filter(({file}) => !existsSync(file)).map(({debianPackage}) => debianPackage));

/** The suite needs both; `npm start` only the one it opens. Throws an error whose message says, in one line, what to install. */
export function ensureBrowsers(names: BrowserName[] = ['chromium', 'firefox']): void {
	const packages = missingPackages(names);
	if (packages.length === 0) {
		return;
	}

	const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
	if (!canInstall) {
		throw new Error(
			`Missing ${packages.join(' and ')}. Install ${packages.length > 1 ? 'them' : 'it'} (as root: apt-get install -y ${packages.join(' ')}), or set CHROME_PATH / FIREFOX_PATH.`,
		);
	}

	console.log(`Installing ${packages.join(' and ')} with apt…`);
	const environment = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
	execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env: environment});
	execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {stdio: 'inherit', env: environment});
	const stillMissing = missingPackages(names);
	if (stillMissing.length > 0) {
		throw new Error(`apt-get did not provide ${stillMissing.join(' and ')}`);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	try {
		ensureBrowsers();
	} catch (error) {
		console.error((error as Error).message);
		process.exit(1);
	}
}
