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

const debianPackages = {chromium: 'chromium', firefox: 'firefox-esr'};

function missingBrowsers(): Array<keyof typeof browserPaths> {
	return (Object.keys(browserPaths) as Array<keyof typeof browserPaths>).filter(name => !existsSync(browserPaths[name]));
}

export function ensureBrowsers(): void {
	const missing = missingBrowsers();
	if (missing.length === 0) {
		return;
	}

	const packages = missing.map(name => debianPackages[name]);
	const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
	if (!canInstall) {
		throw new Error(`Missing ${missing.join(' and ')}. Install them (as root: apt-get install -y ${packages.join(' ')}), or set CHROME_PATH / FIREFOX_PATH.`);
	}

	console.log(`Installing ${packages.join(' and ')} with apt…`);
	const environment = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
	execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env: environment});
	execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {stdio: 'inherit', env: environment});
	const stillMissing = missingBrowsers();
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
