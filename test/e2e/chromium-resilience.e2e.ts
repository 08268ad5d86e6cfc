import type {Page} from 'playwright-core';
import {demoClientId, demoTokens} from '../local-api/demo-data';
import type {Switches} from '../local-api/server';
import {launchChromium, type ChromiumSession} from './harness/chromium';
import {badgeText, resetExtension, retryAlarmTime} from './harness/chromium-extension';
import {availabilitySwitch, nothingPending, openPopup, popupOffer, signInWithToken} from './harness/chromium-pages';
import {lingerieShow} from './harness/expected-updates';
import {useLocalApi} from '../helpers/use-local-api';
import {acceptedPuts, offerPuts, patiently, revokeAllTokens} from './harness/recorded-requests';

/** A change is never lost nor sent twice: a stopped worker, an API that is down, a token that stops working. */
const localApi = useLocalApi();
let browser: ChromiumSession;

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => browser?.close());
beforeEach(async () => {
	await resetExtension(browser);
	// With a client ID the worker tries a silent sign-in when the token stops working.
	await signInWithToken(browser, localApi().url, demoTokens.performer, {clientId: demoClientId});
});

const storedLingerieShow = () =>
	localApi()
		.offersOf(1001)
		.find(offer => offer.OfferID === lingerieShow.OfferID)!;

async function switchLingerieShowOff(popup: Page): Promise<void> {
	const toggle = availabilitySwitch(popup, lingerieShow.title);
	expect(await toggle.isChecked()).toBe(true);
	await toggle.click();
}

it('completes a write exactly once when the worker is stopped while its PUT is in flight', async () => {
	let popup = await openPopup(browser);
	// Slow enough that the request is still unanswered when the worker goes.
	localApi().setSwitches({latencyMs: 2000});
	await switchLingerieShowOff(popup);
	await expect.poll(() => offerPuts(localApi(), lingerieShow.OfferID).length, patiently).toBe(1);
	localApi().setSwitches({latencyMs: 0});
	await popup.close();
	await browser.stopWorker();
	expect(offerPuts(localApi(), lingerieShow.OfferID)[0]!.status, 'the PUT was answered before the worker stopped').toBeUndefined();
	// AdultWork carries the update out, though nobody waits for its answer any more.
	await expect.poll(() => offerPuts(localApi(), lingerieShow.OfferID)[0]?.status, patiently).toBe(200);

	popup = await openPopup(browser);
	await nothingPending(popup);
	expect(await availabilitySwitch(popup, lingerieShow.title).isChecked()).toBe(false);
	expect(offerPuts(localApi())).toHaveLength(1);
	expect(storedLingerieShow().CurrentlyAvailable).toBe(false);
	expect(await badgeText(browser)).toBe('');
});

const outages: Array<{name: string; down: Partial<Switches>; up: Partial<Switches>}> = [
	{name: 'answers 503', down: {failNext: {count: 1000, status: 503}}, up: {failNext: undefined}},
	{name: 'drops every connection', down: {dropNext: 1000}, up: {dropNext: 0}},
];

it.each(outages)('keeps a change while the API $name, then sends it once when the API is back', async ({down, up}) => {
	const popup = await openPopup(browser);
	localApi().setSwitches(down);
	await switchLingerieShowOff(popup);

	const offer = popupOffer(popup, lingerieShow.title);
	const waiting = offer.getByText(/^Not sent yet; trying again at \d/);
	await waiting.waitFor();
	const failedTries = offerPuts(localApi(), lingerieShow.OfferID);
	expect(failedTries.length).toBeGreaterThanOrEqual(1);
	expect(failedTries.filter(put => put.status === 200)).toHaveLength(0);
	// The popup shows the offer as it will be, and the worker will come back for it by itself.
	expect(await availabilitySwitch(popup, lingerieShow.title).isChecked()).toBe(false);
	expect(await badgeText(browser)).toBe('1');
	expect(await retryAlarmTime(browser, 'send-pending-changes')).toBeGreaterThan(Date.now());
	expect(storedLingerieShow().CurrentlyAvailable).toBe(true);

	localApi().setSwitches(up);
	await offer.getByRole('button', {name: 'Retry', exact: true}).click();
	await expect.poll(() => acceptedPuts(localApi(), lingerieShow.OfferID).length, patiently).toBe(1);
	await nothingPending(popup);
	expect(acceptedPuts(localApi())).toHaveLength(1);
	expect(offerPuts(localApi())).toHaveLength(failedTries.length + 1);
	expect(acceptedPuts(localApi())[0]!.body).toMatchObject({OfferID: lingerieShow.OfferID, CurrentlyAvailable: false, Title: lingerieShow.title});
	expect(storedLingerieShow().CurrentlyAvailable).toBe(false);
	expect(await availabilitySwitch(popup, lingerieShow.title).isChecked()).toBe(false);
	expect(await badgeText(browser)).toBe('');
	expect(await retryAlarmTime(browser, 'send-pending-changes')).toBeUndefined();
});

it('signs out on a 401 that a silent sign-in cannot mend, keeps the change, and sends it once after signing in again', async () => {
	const popup = await openPopup(browser);
	await revokeAllTokens(localApi());
	await switchLingerieShowOff(popup);

	await popup.getByRole('heading', {name: 'You are signed out'}).waitFor();
	const refused = offerPuts(localApi(), lingerieShow.OfferID);
	expect(refused.map(put => put.status)).toStrictEqual([401]);
	// The worker tried AdultWork's sign-in page without the user before giving up.
	expect(localApi().requests.some(request => /^\/oauth\/authorize\?/i.test(request.path))).toBe(true);
	await expect.poll(async () => badgeText(browser), patiently).toBe('!');

	const signInWindow = browser.context.waitForEvent('page');
	await popup.getByRole('button', {name: 'Sign in', exact: true}).click();
	const signInPage = await signInWindow;
	await signInPage.getByRole('button', {name: 'Allow'}).click();

	await expect.poll(() => acceptedPuts(localApi(), lingerieShow.OfferID).length, patiently).toBe(1);
	await availabilitySwitch(popup, lingerieShow.title).waitFor();
	await nothingPending(popup);
	expect(offerPuts(localApi())).toHaveLength(2);
	const [sent] = acceptedPuts(localApi());
	expect(sent!.headers.authorization).toMatch(/^bearer \S+$/);
	expect(sent!.headers.authorization).not.toBe(`bearer ${demoTokens.performer}`);
	expect(sent!.body).toMatchObject({OfferID: lingerieShow.OfferID, CurrentlyAvailable: false});
	expect(storedLingerieShow().CurrentlyAvailable).toBe(false);
	expect(await availabilitySwitch(popup, lingerieShow.title).isChecked()).toBe(false);
	expect(await badgeText(browser)).toBe('');
});
