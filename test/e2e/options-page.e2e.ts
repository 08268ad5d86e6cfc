import {readFile} from 'node:fs/promises';
import {browsers, useDriver} from './driver/drivers';
import {distDir} from './harness/dist';
import {openDeveloperSettings} from './steps/developer-settings';

/** The options page as a performer first meets it: sign-in on top, the developer's fields folded away, the shortcuts and how to change them. */
describe.each(browsers)('$name', browser => {
	const driver = useDriver(browser);

	/** Chrome knows global commands from the manifest alone; Firefox has none. */
	async function pauseAllIsGlobal(): Promise<boolean> {
		const manifest = JSON.parse(await readFile(`${distDir(`local-${browser.name}`)}/manifest.json`, 'utf8')) as {commands: Record<string, {global?: boolean}>};
		return browser.name === 'chromium' && manifest.commands['pause-all-offers']?.global === true;
	}

	it('shows Sign in with AdultWork and Remember me, and opens the developer settings only when asked', async () => {
		const options = await driver().openPage('options');
		await options.find({role: 'button', name: 'Sign in with AdultWork'}).waitFor();
		expect(await options.find({label: 'Remember me'}).isVisible()).toBe(true);
		expect(await options.find({label: 'Access token'}).exists()).toBe(true);
		expect(await options.find({label: 'Access token'}).isVisible()).toBe(false);
		expect(await options.find({label: 'Client ID'}).isVisible()).toBe(false);
		await openDeveloperSettings(options);
		expect(await options.find({label: 'Client ID'}).isVisible()).toBe(true);
	});

	it('shows the pause-all shortcut, whether it works outside the browser, and how to change it', async () => {
		const options = await driver().openPage('options');
		await options.find({text: 'Pause all offers / resume them'}).waitFor();
		const reach = (await pauseAllIsGlobal()) ? 'Works everywhere, even while the browser is in the background.' : 'Works only while the browser has focus.';
		// Chromium lists the toolbar button's own command too, which is never global.
		expect(await options.findAll({text: reach})).not.toHaveLength(0);
		const where = browser.name === 'firefox' ? /about:addons, click the gear button/ : /chrome:\/\/extensions\/shortcuts/;
		expect(await options.find({text: where}).isVisible()).toBe(true);
		expect(await options.find({role: 'button', name: 'Change shortcuts'}).isVisible()).toBe(true);
	});

	it.runIf(browser.name === 'chromium')('opens chrome://extensions/shortcuts in a tab from Change shortcuts', async () => {
		const options = await driver().openPage('options');
		const shortcutsPage = driver().nextWindow(/^chrome:\/\/extensions\/shortcuts/);
		await options.find({role: 'button', name: 'Change shortcuts'}).click();
		expect((await shortcutsPage).url()).toMatch(/^chrome:\/\/extensions\/shortcuts/);
	});
});
