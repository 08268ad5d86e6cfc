import {demoClientId, demoTokens} from '../local-api/demo-data';
import type {Switches} from '../local-api/server';
import {lingerieShow} from './harness/expected-updates';
import {launchFirefox, type FirefoxSession} from './harness/firefox';
import {badgeText, retryAlarmTime} from './harness/firefox-extension';
import {availabilitySwitch, byRole, click, isChecked, nothingPending, openPopup, popupOffer, signInWithToken} from './harness/firefox-pages';
import {useLocalApi} from '../helpers/use-local-api';
import {acceptedPuts, offerPuts, patiently, revokeAllTokens} from './harness/recorded-requests';

/** A change is never lost nor sent twice in Firefox: an API that is down, a token that stops working. */
const localApi = useLocalApi();
let firefox: FirefoxSession;

beforeAll(async () => {
	firefox = await launchFirefox();
});
afterAll(async () => firefox?.close());
beforeEach(async () => {
	await firefox.reinstall();
	// With a client ID the worker tries a silent sign-in when the token stops working.
	await signInWithToken(firefox, localApi().url, demoTokens.performer, {clientId: demoClientId});
});

const storedLingerieShow = () =>
	localApi()
		.offersOf(1001)
		.find(offer => offer.OfferID === lingerieShow.OfferID)!;
const retryAlarm = 'send-pending-changes';

const outages: Array<{name: string; down: Partial<Switches>; up: Partial<Switches>}> = [
	{name: 'answers 503', down: {failNext: {count: 1000, status: 503}}, up: {failNext: undefined}},
	// A dropped connection is the same network error a missing host permission gives in Firefox:
	// the worker must tell them apart (it has the permission) and schedule a retry.
	{name: 'drops every connection', down: {dropNext: 1000}, up: {dropNext: 0}},
];

// The worker's own retry comes 30 s later at the soonest; the user's Retry stands in for it.
it.each(outages)('keeps a change while the API $name, then sends it once when the API is back', async ({down, up}) => {
	const popup = await openPopup(firefox);
	localApi().setSwitches(down);
	const toggle = await availabilitySwitch(popup, lingerieShow.title);
	expect(await isChecked(toggle)).toBe(true);
	await toggle.click();

	const offer = await popupOffer(popup, lingerieShow.title);
	await offer.waitForSelector('::-p-text(Not sent yet; trying again at)');
	const failedTries = offerPuts(localApi(), lingerieShow.OfferID);
	expect(failedTries.length).toBeGreaterThanOrEqual(1);
	expect(failedTries.filter(put => put.status === 200)).toHaveLength(0);
	// The popup shows the offer as it will be, and the worker will come back for it by itself.
	expect(await isChecked(await availabilitySwitch(popup, lingerieShow.title))).toBe(false);
	expect(await badgeText(firefox)).toBe('1');
	expect(await retryAlarmTime(firefox, retryAlarm)).toBeGreaterThan(Date.now());
	expect(storedLingerieShow().CurrentlyAvailable).toBe(true);

	localApi().setSwitches(up);
	await click(offer, 'button', 'Retry');
	await expect.poll(() => acceptedPuts(localApi(), lingerieShow.OfferID).length, patiently).toBe(1);
	await nothingPending(popup);
	await expect.poll(async () => badgeText(firefox), patiently).toBe('');
	expect(acceptedPuts(localApi())).toHaveLength(1);
	expect(offerPuts(localApi())).toHaveLength(failedTries.length + 1);
	expect(acceptedPuts(localApi())[0]!.body).toMatchObject({OfferID: lingerieShow.OfferID, CurrentlyAvailable: false, Title: lingerieShow.title});
	expect(storedLingerieShow().CurrentlyAvailable).toBe(false);
	expect(await isChecked(await availabilitySwitch(popup, lingerieShow.title))).toBe(false);
	expect(await retryAlarmTime(firefox, retryAlarm)).toBeUndefined();
});

it('signs out on a 401 that a silent sign-in cannot mend, keeps the change, and sends it once after signing in again', async () => {
	const popup = await openPopup(firefox);
	await revokeAllTokens(localApi());
	await click(popup, 'switch', `Available: ${lingerieShow.title}`);

	await popup.waitForSelector(byRole('heading', 'You are signed out'));
	expect(offerPuts(localApi(), lingerieShow.OfferID).map(put => put.status)).toStrictEqual([401]);
	// The worker tried AdultWork's sign-in page without the user before giving up.
	expect(localApi().requests.some(request => /^\/oauth\/authorize\?/i.test(request.path))).toBe(true);
	await expect.poll(async () => badgeText(firefox), patiently).toBe('!');

	const signInWindow = firefox.browser.waitForTarget(target => target.type() === 'page' && /\/oauth\/authorize\?/i.test(target.url()));
	await click(popup, 'button', 'Sign in');
	const signInPage = (await (await signInWindow).page())!;
	await click(signInPage, 'button', 'Allow');

	await expect.poll(() => acceptedPuts(localApi(), lingerieShow.OfferID).length, patiently).toBe(1);
	await availabilitySwitch(popup, lingerieShow.title);
	await nothingPending(popup);
	expect(offerPuts(localApi())).toHaveLength(2);
	const [sent] = acceptedPuts(localApi());
	expect(sent!.headers.authorization).toMatch(/^bearer \S+$/);
	expect(sent!.headers.authorization).not.toBe(`bearer ${demoTokens.performer}`);
	expect(sent!.body).toMatchObject({OfferID: lingerieShow.OfferID, CurrentlyAvailable: false});
	expect(storedLingerieShow().CurrentlyAvailable).toBe(false);
	expect(await isChecked(await availabilitySwitch(popup, lingerieShow.title))).toBe(false);
	await expect.poll(async () => badgeText(firefox), patiently).toBe('');
});
