import {demoTokens, type StoredOffer} from '../local-api/demo-data';
import {useLocalApi} from '../helpers/use-local-api';
import {browsers, useDriver} from './driver/drivers';
import {availabilityOn, availabilityPut} from './harness/expected-updates';
import {offerPuts, ownUpdatePath, patiently} from './harness/recorded-requests';
import {signInWithToken} from './steps/sign-in';
import {availabilitySwitch, switchStates} from './steps/popup';
import {afterUpdates} from './steps/settled';

/** Switching offers on and off: the popup's switch, the toolbar menu's checkboxes, pause all and resume. */
describe.each(browsers)('$name', browser => {
	const localApi = useLocalApi();
	const driver = useDriver(browser);
	let demoOffers: StoredOffer[];

	beforeEach(async () => {
		demoOffers = localApi().offersOf(1001);
		await signInWithToken(driver(), localApi().url, demoTokens.performer);
	});

	const offerNamed = (title: string) => demoOffers.find(offer => offer.Title === title)!;
	const demoAvailability = () => Object.fromEntries(demoOffers.map(offer => [offer.Title, offer.CurrentlyAvailable]));

	it('switches an offer off and on again from the popup, one full-offer PUT each time', async () => {
		const popup = await driver().openPage('popup');
		const lingerie = offerNamed('Lingerie show');
		const toggle = availabilitySwitch(popup, lingerie.Title);
		expect(await toggle.isChecked()).toBe(true);

		await toggle.click();
		await afterUpdates(localApi(), driver(), popup, 1);
		await expect.poll(async () => toggle.isChecked(), patiently).toBe(false);
		expect(availabilityOn(localApi())[lingerie.Title]).toBe(false);

		await toggle.click();
		await afterUpdates(localApi(), driver(), popup, 2);
		await expect.poll(async () => toggle.isChecked(), patiently).toBe(true);
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
			.poll(async () => driver().existingMenuItems(['directcam', ...offerItems, 'pause-all', 'sign-in', 'offer:999999']), patiently)
			.toStrictEqual(['directcam', ...offerItems, 'pause-all']);

		const popup = await driver().openPage('popup');
		const lingerie = offerNamed('Lingerie show');
		const roleplay = offerNamed('Roleplay: the naughty secretary');
		await driver().clickMenuItem({menuItemId: `offer:${lingerie.OfferID}`, checked: false, wasChecked: true});
		await afterUpdates(localApi(), driver(), popup, 1);
		expect(offerPuts(localApi())[0]!.body).toStrictEqual(availabilityPut(lingerie, false));
		await expect.poll(async () => availabilitySwitch(popup, lingerie.Title).isChecked(), patiently).toBe(false);

		await driver().clickMenuItem({menuItemId: `offer:${roleplay.OfferID}`, checked: true, wasChecked: false});
		await afterUpdates(localApi(), driver(), popup, 2);
		expect(offerPuts(localApi())[1]!.body).toStrictEqual(availabilityPut(roleplay, true));
		await expect.poll(async () => availabilitySwitch(popup, roleplay.Title).isChecked(), patiently).toBe(true);
		expect(availabilityOn(localApi())).toMatchObject({[lingerie.Title]: false, [roleplay.Title]: true});
	});

	/** Pauses and resumes with the given trigger, checking that exactly the available offers go off and come back. */
	async function pauseAndResume(trigger: () => Promise<void>): Promise<void> {
		const popup = await driver().openPage('popup');
		const available = demoOffers.filter(offer => offer.CurrentlyAvailable);
		const before = await switchStates(popup);
		expect(before).toStrictEqual(demoAvailability());
		expect(available.length).toBeLessThan(demoOffers.length);

		await trigger();
		await afterUpdates(localApi(), driver(), popup, available.length);
		expect(offerPuts(localApi()).map(put => put.body)).toStrictEqual(expect.arrayContaining(available.map(offer => availabilityPut(offer, false))));
		expect(Object.values(availabilityOn(localApi()))).not.toContain(true);
		await expect.poll(async () => Object.values(await switchStates(popup)), patiently).not.toContain(true);
		await popup.find({text: `All offers paused (${available.length})`}).waitFor();
		await popup.find({role: 'button', name: `Resume ${available.length} offers`}).waitFor();
		await expect.poll(async () => driver().badgeText(), patiently).toBe('❚❚');

		await trigger();
		await afterUpdates(localApi(), driver(), popup, available.length * 2);
		const resumed = offerPuts(localApi())
			.slice(available.length)
			.map(put => put.body);
		expect(resumed).toHaveLength(available.length);
		expect(resumed).toStrictEqual(expect.arrayContaining(available.map(offer => availabilityPut(offer, true))));
		await expect.poll(async () => switchStates(popup), patiently).toStrictEqual(before);
		expect(availabilityOn(localApi())).toStrictEqual(before);
		await popup.find({role: 'button', name: 'Pause all offers'}).waitFor();
		await expect.poll(async () => driver().badgeText(), patiently).toBe('');
	}

	it('pauses exactly the available offers and resumes exactly those, from the toolbar menu', async () => {
		await pauseAndResume(async () => driver().clickMenuItem({menuItemId: 'pause-all'}));
	});

	it('pauses exactly the available offers and resumes exactly those, with the keyboard command', async () => {
		await pauseAndResume(async () => driver().pressCommand('pause-all-offers'));
	});
});
