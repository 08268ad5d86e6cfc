import {demoClientId, demoTokens} from '../local-api/demo-data';
import {launchFirefox, type FirefoxSession} from './harness/firefox';
import {availabilitySwitch, byRole, check, click, fill, isChecked, openPopup, signInWithToken} from './harness/firefox-pages';
import {useLocalApi} from '../helpers/use-local-api';

/** Signing in from the options page in Firefox, and the popup showing the offers after it. */
const localApi = useLocalApi();
let firefox: FirefoxSession;

beforeAll(async () => {
	firefox = await launchFirefox();
});
afterAll(async () => firefox?.close());
beforeEach(async () => firefox.reinstall());

async function expectOffersOf(userId: number): Promise<void> {
	const popup = await openPopup(firefox);
	for (const offer of localApi().offersOf(userId)) {
		expect(await isChecked(await availabilitySwitch(popup, offer.Title)), offer.Title).toBe(offer.CurrentlyAvailable);
	}
}

it('signs in with a pasted token and shows the offers in the popup', async () => {
	await signInWithToken(firefox, localApi().url, demoTokens.performer);
	const [verify] = localApi().requests.filter(request => request.path === '/v1/account/verifyCredentials');
	expect(verify?.headers.authorization).toBe(`bearer ${demoTokens.performer}`);
	await expectOffersOf(1001);
	// With the host permission a request is the extension's own: no CORS preflight, no Origin.
	expect(localApi().requests.filter(request => request.method === 'OPTIONS' || request.headers.origin !== undefined)).toStrictEqual([]);

	// Firefox granted the local build's loopback hosts at install: the options page asks for nothing.
	const options = await firefox.openPage('options.html');
	await options.waitForSelector('::-p-text(Signed in as user 1001.)');
	await options.waitForSelector(`::-p-text(In use: ${localApi().url})`);
	expect(await options.$('::-p-text(may not reach)')).toBeNull();
	expect(await options.$(byRole('button', 'Grant access'))).toBeNull();
});

/*
`identity.launchWebAuthFlow` works in headless Firefox under puppeteer: Firefox opens the
sign-in page in a window of its own, which WebDriver BiDi lists as a page, and takes the
redirect to the extension's https://<hash>.extensions.allizom.org/ address as the answer.
*/
it('signs in through the local API’s sign-in page in Firefox’s sign-in window', async () => {
	const options = await firefox.openPage('options.html');
	await check(options, 'Custom');
	await fill(options, 'API base URL', localApi().url);
	await fill(options, 'Client ID', demoClientId);
	const signInWindow = firefox.browser.waitForTarget(target => target.type() === 'page' && /\/oauth\/authorize\?/i.test(target.url()));
	await click(options, 'button', 'Sign in with AdultWork');
	const signInPage = (await (await signInWindow).page())!;
	expect(new URL(signInPage.url()).searchParams.get('redirect_uri')).toMatch(/^https:\/\/[\da-f]+\.extensions\.allizom\.org\/$/);
	await click(signInPage, 'button', 'Allow');
	await options.waitForSelector('::-p-text(Signed in as user 1001.)');

	const [verify] = localApi().requests.filter(request => request.path === '/v1/account/verifyCredentials');
	expect(verify?.headers.authorization).toMatch(/^bearer \S+$/);
	expect(verify?.headers.authorization).not.toBe(`bearer ${demoTokens.performer}`);
	await expectOffersOf(1001);
});

it('asks for the local API’s host again in the Grant access click, after the user took the access away', async () => {
	// What switching off "Access your data for 127.0.0.1" in about:addons does.
	expect(await firefox.inExtension(async ({browser}) => browser.permissions.remove({origins: ['http://127.0.0.1/*']}), undefined)).toBe(true);
	const options = await firefox.openPage('options.html');
	await options.waitForSelector('::-p-text(The extension may not reach 127.0.0.1:8787 yet.)');
	await click(options, 'button', 'Grant access');
	await options.waitForSelector('::-p-text(may not reach)', {hidden: true});
	expect(await options.$(byRole('button', 'Grant access'))).toBeNull();
	expect(await firefox.inExtension(async ({browser}) => browser.permissions.contains({origins: ['http://127.0.0.1/*']}), undefined)).toBe(true);
});
