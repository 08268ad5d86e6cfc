import {demoClientId, demoTokens} from '../local-api/demo-data';
import {useLocalApi} from '../helpers/use-local-api';
import {browsers, useDriver} from './driver/drivers';
import {openDeveloperSettings} from './steps/developer-settings';
import {signInWithToken} from './steps/sign-in';
import {availabilitySwitch} from './steps/popup';

/** Signing in from the options page, with a pasted token or the sign-in page, and the popup showing the offers after it. */
describe.each(browsers)('$name', browser => {
	const localApi = useLocalApi();
	const driver = useDriver(browser);
	const verifyRequest = () => localApi().requests.find(request => request.path === '/v1/account/verifyCredentials');

	async function expectOffersOf(userId: number): Promise<void> {
		const popup = await driver().openPage('popup');
		for (const offer of localApi().offersOf(userId)) {
			expect(await availabilitySwitch(popup, offer.Title).isChecked(), offer.Title).toBe(offer.CurrentlyAvailable);
		}
	}

	it('signs in with a pasted token and shows the offers in the popup', async () => {
		await signInWithToken(driver(), localApi().url, demoTokens.performer);
		expect(verifyRequest()?.headers.authorization).toBe(`bearer ${demoTokens.performer}`);
		await expectOffersOf(1001);
		// With the host permission a request is the extension's own: no CORS preflight, no Origin.
		expect(localApi().requests.filter(request => request.method === 'OPTIONS' || request.headers.origin !== undefined)).toStrictEqual([]);

		// The browser granted the local build's loopback hosts at install: the options page asks for nothing.
		const options = await driver().openPage('options');
		await options.find({text: 'Signed in as user 1001.'}).waitFor();
		await openDeveloperSettings(options);
		await options.find({text: `In use: ${localApi().url}`}).waitFor();
		expect(await options.find({text: /may not reach/}).exists()).toBe(false);
		expect(await options.find({role: 'button', name: 'Grant access'}).exists()).toBe(false);
	});

	/*
	`identity.launchWebAuthFlow` works headless: the browser opens the sign-in page in a window of
	its own, which the driver sees as a page, and takes the redirect to the extension's own
	https address as the answer (Chromium's chromiumapp.org, Firefox's extensions.allizom.org).
	*/
	const redirectUri = {chromium: /^https:\/\/[a-p]{32}\.chromiumapp\.org\/$/, firefox: /^https:\/\/[\da-f]+\.extensions\.allizom\.org\/$/}[browser.name];

	it('signs in through the local API’s sign-in page in the browser’s sign-in window and shows the offers in the popup', async () => {
		const options = await driver().openPage('options');
		await openDeveloperSettings(options);
		await options.find({label: 'Custom'}).check();
		await options.find({label: 'API base URL'}).type(localApi().url);
		await options.find({label: 'Client ID'}).type(demoClientId);
		const signInWindow = driver().nextWindow(/\/oauth\/authorize\?/i);
		await options.find({role: 'button', name: 'Sign in with AdultWork'}).click();
		const signInPage = await signInWindow;
		expect(new URL(signInPage.url()).searchParams.get('redirect_uri')).toMatch(redirectUri);
		await signInPage.find({role: 'button', name: 'Allow'}).click();
		await options.find({text: 'Signed in as user 1001.'}).waitFor();

		expect(verifyRequest()?.headers.authorization).toMatch(/^bearer \S+$/);
		expect(verifyRequest()?.headers.authorization).not.toBe(`bearer ${demoTokens.performer}`);
		await expectOffersOf(1001);
	});

	// Chromium grants the manifest's hosts for good: only Firefox lets the user take them back.
	it.runIf(browser.name === 'firefox')('asks for the local API’s host again in the Grant access click, after the user took the access away', async () => {
		// What switching off "Access your data for 127.0.0.1" in about:addons does.
		expect(await driver().removeHostPermission('http://127.0.0.1/*')).toBe(true);
		const options = await driver().openPage('options');
		await options.find({text: 'The extension may not reach 127.0.0.1:8787 yet.'}).waitFor();
		await options.find({role: 'button', name: 'Grant access'}).click();
		await options.find({text: /may not reach/}).waitForGone();
		expect(await options.find({role: 'button', name: 'Grant access'}).exists()).toBe(false);
		expect(await driver().hasHostPermission('http://127.0.0.1/*')).toBe(true);
	});
});
