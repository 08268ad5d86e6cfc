import {launchChromium, type ChromiumSession} from './harness/chromium';
import {useLocalApi} from '../helpers/use-local-api';

const localApi = useLocalApi();
let browser: ChromiumSession;

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => browser?.close());

it('signs in through the local API’s sign-in page and shows the offers in the popup', async () => {
	const options = await browser.openPage('options.html');
	await options.getByLabel('Custom').check();
	await options.getByLabel('API base URL').fill(localApi().url);
	await options.getByLabel('Client ID').fill('demo-client');
	const signInWindow = browser.context.waitForEvent('page');
	await options.getByRole('button', {name: 'Sign in with AdultWork'}).click();
	const signInPage = await signInWindow;
	await signInPage.getByRole('button', {name: 'Allow'}).click();
	await options.getByText('1001').first().waitFor();

	const popup = await browser.openPage('popup.html');
	for (const offer of localApi().offersOf(1001)) {
		const toggle = popup.getByRole('switch', {name: `Available: ${offer.Title}`});
		await toggle.waitFor();
		expect(await toggle.isChecked()).toBe(offer.CurrentlyAvailable);
	}
});
