import type {Page} from 'puppeteer-core';
import {demoTokens, type StoredOffer} from '../local-api/demo-data';
import {launchFirefox, type FirefoxSession} from './harness/firefox';
import {badgeText, clickMenuItem, existingMenuItems, nothingLeftToSend, pressCommand} from './harness/firefox-extension';
import {availabilitySwitch, byRole, isChecked, nothingPending, openPopup, signInWithToken, switchStates} from './harness/firefox-pages';
import {afterAcceptedUpdates, availabilityOn, availabilityPut} from './harness/expected-updates';
import {useLocalApi} from '../helpers/use-local-api';
import {offerPuts, ownUpdatePath, patiently} from './harness/recorded-requests';

/** Switching offers on and off in Firefox: the popup's switch, the toolbar menu's checkboxes, pause all and resume. */
const localApi = useLocalApi();
let firefox: FirefoxSession;
let demoOffers: StoredOffer[];

beforeAll(async () => {
	firefox = await launchFirefox();
});
afterAll(async () => firefox?.close());
beforeEach(async () => {
	await firefox.reinstall();
	demoOffers = localApi().offersOf(1001);
	await signInWithToken(firefox, localApi().url, demoTokens.performer);
});

const offerNamed = (title: string) => demoOffers.find(offer => offer.Title === title)!;

/** Waits for exactly `count` accepted updates, then for the worker and the popup to show nothing left to send. */
async function afterUpdates(popup: Page, count: number): Promise<void> {
	await afterAcceptedUpdates(localApi(), count, async () => {
		await nothingLeftToSend(firefox);
		await nothingPending(popup);
	});
}

const demoAvailability = () => Object.fromEntries(demoOffers.map(offer => [offer.Title, offer.CurrentlyAvailable]));

it('switches an offer off and on again from the popup, one full-offer PUT each time', async () => {
	const popup = await openPopup(firefox);
	const lingerie = offerNamed('Lingerie show');
	const toggle = await availabilitySwitch(popup, lingerie.Title);
	expect(await isChecked(toggle)).toBe(true);

	await toggle.click();
	await afterUpdates(popup, 1);
	await expect.poll(async () => isChecked(await availabilitySwitch(popup, lingerie.Title)), patiently).toBe(false);
	expect(availabilityOn(localApi())[lingerie.Title]).toBe(false);

	await (await availabilitySwitch(popup, lingerie.Title)).click();
	await afterUpdates(popup, 2);
	await expect.poll(async () => isChecked(await availabilitySwitch(popup, lingerie.Title)), patiently).toBe(true);
	const [off, on] = offerPuts(localApi());
	expect(off).toMatchObject({path: ownUpdatePath, headers: {authorization: `bearer ${demoTokens.performer}`}});
	expect(on).toMatchObject({path: ownUpdatePath, headers: {authorization: `bearer ${demoTokens.performer}`}});
	expect(off!.body).toStrictEqual(availabilityPut(lingerie, false));
	expect(on!.body).toStrictEqual(availabilityPut(lingerie, true));
	expect(availabilityOn(localApi())).toStrictEqual(demoAvailability());
});

it('has a menu checkbox per offer, and a click on one changes that offer', async () => {
	const offerItems = demoOffers.map(offer => `offer:${offer.OfferID}`);
	await expect
		.poll(async () => existingMenuItems(firefox, ['directcam', ...offerItems, 'pause-all', 'sign-in', 'offer:999999']), patiently)
		.toStrictEqual(['directcam', ...offerItems, 'pause-all']);

	const popup = await openPopup(firefox);
	const lingerie = offerNamed('Lingerie show');
	const roleplay = offerNamed('Roleplay: the naughty secretary');
	await clickMenuItem(firefox, {menuItemId: `offer:${lingerie.OfferID}`, checked: false, wasChecked: true});
	await afterUpdates(popup, 1);
	expect(offerPuts(localApi())[0]!.body).toStrictEqual(availabilityPut(lingerie, false));
	await expect.poll(async () => (await switchStates(popup))[lingerie.Title], patiently).toBe(false);

	await clickMenuItem(firefox, {menuItemId: `offer:${roleplay.OfferID}`, checked: true, wasChecked: false});
	await afterUpdates(popup, 2);
	expect(offerPuts(localApi())[1]!.body).toStrictEqual(availabilityPut(roleplay, true));
	await expect.poll(async () => (await switchStates(popup))[roleplay.Title], patiently).toBe(true);
	expect(availabilityOn(localApi())).toMatchObject({[lingerie.Title]: false, [roleplay.Title]: true});
});

/** Pauses and resumes with the given trigger, checking that exactly the available offers go off and come back. */
async function pauseAndResume(trigger: () => Promise<void>): Promise<void> {
	const popup = await openPopup(firefox);
	const available = demoOffers.filter(offer => offer.CurrentlyAvailable);
	const before = await switchStates(popup);
	expect(before).toStrictEqual(demoAvailability());
	expect(available.length).toBeLessThan(demoOffers.length);

	await trigger();
	await afterUpdates(popup, available.length);
	expect(offerPuts(localApi()).map(put => put.body)).toStrictEqual(expect.arrayContaining(available.map(offer => availabilityPut(offer, false))));
	expect(Object.values(availabilityOn(localApi()))).not.toContain(true);
	await expect.poll(async () => Object.values(await switchStates(popup)), patiently).not.toContain(true);
	await popup.waitForSelector(`::-p-text(Paused offers: ${available.length})`);
	await expect.poll(async () => badgeText(firefox), patiently).toBe('❚❚');

	await trigger();
	await afterUpdates(popup, available.length * 2);
	const resumed = offerPuts(localApi())
		.slice(available.length)
		.map(put => put.body);
	expect(resumed).toHaveLength(available.length);
	expect(resumed).toStrictEqual(expect.arrayContaining(available.map(offer => availabilityPut(offer, true))));
	await expect.poll(async () => switchStates(popup), patiently).toStrictEqual(before);
	expect(availabilityOn(localApi())).toStrictEqual(before);
	await popup.waitForSelector(byRole('button', 'Pause all offers'));
	await expect.poll(async () => badgeText(firefox), patiently).toBe('');
}

it('pauses exactly the available offers and resumes exactly those, from the toolbar menu', async () => {
	await pauseAndResume(async () => clickMenuItem(firefox, {menuItemId: 'pause-all'}));
});

it('pauses exactly the available offers and resumes exactly those, with the keyboard command', async () => {
	await pauseAndResume(async () => pressCommand(firefox, 'pause-all-offers'));
});
