import {demoClientId, demoTokens} from '../local-api/demo-data';
import type {Switches} from '../local-api/server';
import {useLocalApi} from '../helpers/use-local-api';
import type {DriverPage} from './driver/driver';
import {browsers, useDriver} from './driver/drivers';
import {lingerieShow} from './harness/expected-updates';
import {acceptedPuts, offerPuts, patiently, revokeAllTokens} from './harness/recorded-requests';
import {availabilitySwitch, nothingPending, popupOffer} from './steps/popup';
import {signInWithToken} from './steps/sign-in';

/** A change is never lost nor sent twice: a stopped worker, an API that is down, a token that stops working. */
describe.each(browsers)('$name', browser => {
	const localApi = useLocalApi();
	const driver = useDriver(browser);
	const retryAlarm = 'send-pending-changes';

	// With a client ID the worker tries a silent sign-in when the token stops working.
	beforeEach(async () => signInWithToken(driver(), localApi().url, demoTokens.performer, {clientId: demoClientId}));

	const storedLingerieShow = () =>
		localApi()
			.offersOf(1001)
			.find(offer => offer.OfferID === lingerieShow.OfferID)!;
	const lingerieShown = (popup: DriverPage) => availabilitySwitch(popup, lingerieShow.title);

	async function switchLingerieShowOff(popup: DriverPage): Promise<void> {
		expect(await lingerieShown(popup).isChecked()).toBe(true);
		await lingerieShown(popup).click();
	}

	// Firefox cannot stop its event page on demand, so only Chromium can stop the worker mid-request.
	it.runIf(browser.name === 'chromium')('completes a write exactly once when the worker is stopped while its PUT is in flight', async () => {
		let popup = await driver().openPage('popup');
		// Slow enough that the request is still unanswered when the worker goes.
		localApi().setSwitches({latencyMs: 2000});
		await switchLingerieShowOff(popup);
		await expect.poll(() => offerPuts(localApi(), lingerieShow.OfferID).length, patiently).toBe(1);
		localApi().setSwitches({latencyMs: 0});
		await popup.close();
		await driver().stopWorker();
		expect(offerPuts(localApi(), lingerieShow.OfferID)[0]!.status, 'the PUT was answered before the worker stopped').toBeUndefined();
		// AdultWork carries the update out, though nobody waits for its answer any more.
		await expect.poll(() => offerPuts(localApi(), lingerieShow.OfferID)[0]?.status, patiently).toBe(200);

		popup = await driver().openPage('popup');
		await nothingPending(popup);
		expect(await lingerieShown(popup).isChecked()).toBe(false);
		expect(offerPuts(localApi())).toHaveLength(1);
		expect(storedLingerieShow().CurrentlyAvailable).toBe(false);
		expect(await driver().badgeText()).toBe('');
	});

	const outages: Array<{name: string; down: Partial<Switches>; up: Partial<Switches>}> = [
		{name: 'answers 503', down: {failNext: {count: 1000, status: 503}}, up: {failNext: undefined}},
		// A dropped connection is the same network error a missing host permission gives in Firefox:
		// the worker must tell them apart (it has the permission) and schedule a retry.
		{name: 'drops every connection', down: {dropNext: 1000}, up: {dropNext: 0}},
	];

	// The worker's own retry comes 30 s later at the soonest; the user's Retry stands in for it.
	it.each(outages)('keeps a change while the API $name, then sends it once when the API is back', async ({down, up}) => {
		const popup = await driver().openPage('popup');
		localApi().setSwitches(down);
		await switchLingerieShowOff(popup);

		const offer = popupOffer(popup, lingerieShow.title);
		await offer.find({text: /^Not sent yet; trying again at \d/}).waitFor();
		const failedTries = offerPuts(localApi(), lingerieShow.OfferID);
		expect(failedTries.length).toBeGreaterThanOrEqual(1);
		expect(failedTries.filter(put => put.status === 200)).toHaveLength(0);
		// The popup shows the offer as it will be, and the worker will come back for it by itself.
		expect(await lingerieShown(popup).isChecked()).toBe(false);
		expect(await driver().badgeText()).toBe('1');
		expect(await driver().alarmTime(retryAlarm)).toBeGreaterThan(Date.now());
		expect(storedLingerieShow().CurrentlyAvailable).toBe(true);

		localApi().setSwitches(up);
		await offer.find({role: 'button', name: 'Retry'}).click();
		await expect.poll(() => acceptedPuts(localApi(), lingerieShow.OfferID).length, patiently).toBe(1);
		await nothingPending(popup);
		// Firefox may clear the badge a moment after the popup shows the change sent.
		await expect.poll(async () => driver().badgeText(), patiently).toBe('');
		expect(acceptedPuts(localApi())).toHaveLength(1);
		expect(offerPuts(localApi())).toHaveLength(failedTries.length + 1);
		expect(acceptedPuts(localApi())[0]!.body).toMatchObject({OfferID: lingerieShow.OfferID, CurrentlyAvailable: false, Title: lingerieShow.title});
		expect(storedLingerieShow().CurrentlyAvailable).toBe(false);
		expect(await lingerieShown(popup).isChecked()).toBe(false);
		expect(await driver().badgeText()).toBe('');
		expect(await driver().alarmTime(retryAlarm)).toBeUndefined();
	});

	it('signs out on a 401 that a silent sign-in cannot mend, keeps the change, and sends it once after signing in again', async () => {
		const popup = await driver().openPage('popup');
		await revokeAllTokens(localApi());
		await switchLingerieShowOff(popup);

		// The offers stay listed under one banner, their switches off limits until the sign-in.
		await popup.find({text: 'Signed out: sign in again to send your changes'}).waitFor();
		await expect.poll(async () => lingerieShown(popup).isDisabled(), patiently).toBe(true);
		expect(await popupOffer(popup, 'Roleplay: the naughty secretary').exists()).toBe(true);
		expect(offerPuts(localApi(), lingerieShow.OfferID).map(put => put.status)).toStrictEqual([401]);
		// The worker tried AdultWork's sign-in page without the user before giving up.
		expect(localApi().requests.some(request => /^\/oauth\/authorize\?/i.test(request.path))).toBe(true);
		await expect.poll(async () => driver().badgeText(), patiently).toBe('!');

		const signInWindow = driver().nextWindow(/\/oauth\/authorize\?/i);
		await popup.find({role: 'button', name: 'Sign in again'}).click();
		await (await signInWindow).find({role: 'button', name: 'Allow'}).click();

		await expect.poll(() => acceptedPuts(localApi(), lingerieShow.OfferID).length, patiently).toBe(1);
		await lingerieShown(popup).waitFor();
		await nothingPending(popup);
		expect(offerPuts(localApi())).toHaveLength(2);
		const [sent] = acceptedPuts(localApi());
		expect(sent!.headers.authorization).toMatch(/^bearer \S+$/);
		expect(sent!.headers.authorization).not.toBe(`bearer ${demoTokens.performer}`);
		expect(sent!.body).toMatchObject({OfferID: lingerieShow.OfferID, CurrentlyAvailable: false});
		expect(storedLingerieShow().CurrentlyAvailable).toBe(false);
		expect(await lingerieShown(popup).isChecked()).toBe(false);
		// Firefox may clear the badge a moment after the popup shows the change sent.
		await expect.poll(async () => driver().badgeText(), patiently).toBe('');
	});
});
