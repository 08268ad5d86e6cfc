import {demoTokens} from '../local-api/demo-data';
import {useLocalApi} from '../helpers/use-local-api';
import {browsers, germanBrowsers, useDriver} from './driver/drivers';
import {availabilityOn, availabilityPut} from './harness/expected-updates';
import {offerPuts, patiently} from './harness/recorded-requests';
import {availabilitySwitch, popupOffer} from './steps/popup';
import {afterUpdates} from './steps/settled';
import {signInWithToken} from './steps/sign-in';

/** The performer's console: the side panel that stays open beside the stream, and the popup in German. */
describe.each(browsers)('$name', browser => {
	const localApi = useLocalApi();
	const driver = useDriver(browser);

	it('switches an offer off in the side panel page, one full-offer PUT', async () => {
		await signInWithToken(driver(), localApi().url, demoTokens.performer);
		const panel = await driver().openPage('sidepanel');
		const lingerie = localApi()
			.offersOf(1001)
			.find(offer => offer.Title === 'Lingerie show')!;
		const toggle = availabilitySwitch(panel, lingerie.Title);
		expect(await toggle.isChecked()).toBe(true);
		// The panel is the popup's app: the same offers, and no link to open itself.
		expect(await panel.find({role: 'button', name: 'Open in side panel'}).exists()).toBe(false);
		await toggle.click();
		await afterUpdates(localApi(), driver(), panel, 1);
		expect(offerPuts(localApi())[0]!.body).toStrictEqual(availabilityPut(lingerie, false));
		expect(availabilityOn(localApi())[lingerie.Title]).toBe(false);
		await expect.poll(async () => toggle.isChecked(), patiently).toBe(false);
	});
});

describe.each(germanBrowsers)('$name in German', browser => {
	const localApi = useLocalApi();
	const driver = useDriver(browser);

	it('writes prices and rates with a decimal comma', async () => {
		await driver().signInByMessage(localApi().url, demoTokens.performer);
		const popup = await driver().openPage('popup');
		// 45.5 credits for 20 minutes: "45,50 Credits", about 2.27 a minute, 9 % below the normal 2.50.
		const shower = popupOffer(popup, 'Shower time 🚿');
		await expect.poll(async () => shower.text(), patiently).toContain('45,50 Credits');
		expect(await shower.text()).toContain('2,27/Min.');
		expect(await shower.text()).toMatch(/9\s%\sunter normal/);
		expect(await shower.text()).toContain('normal 2,50/Min.');
		expect(await shower.text()).not.toContain('45.50');
		expect(await popup.find({role: 'switch', name: 'Verfügbar: Shower time 🚿'}).exists()).toBe(true);
	});
});
