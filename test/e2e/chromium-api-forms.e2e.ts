import type {Page} from 'playwright-core';
import {demoApiKey, demoTokens} from '../local-api/demo-data';
import type {Switches} from '../local-api/server';
import {launchChromium, type ChromiumSession} from './harness/chromium';
import {nothingLeftToSend, resetExtension} from './harness/chromium-extension';
import {availabilitySwitch, nothingPending, openEditForm, openPopup, popupOffer, signInWithToken} from './harness/chromium-pages';
import {afterAcceptedUpdates, expectMemberOfferPut} from './harness/expected-updates';
import {useLocalApi} from '../helpers/use-local-api';
import {groupUpdatePath, jsonTypes, offerPuts, ownUpdatePath, patiently} from './harness/recorded-requests';

/**
The API in its other forms: a group manager's paths with the member's UserID, and the
offer list as an object, without CurrentlyAvailable, or missing altogether.
*/
const localApi = useLocalApi();
let browser: ChromiumSession;

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => browser?.close());
beforeEach(async () => resetExtension(browser));

async function afterOneUpdate(popup: Page): Promise<void> {
	await afterAcceptedUpdates(localApi(), 1, async () => {
		await nothingLeftToSend(browser);
		await nothingPending(popup);
	});
}

const listRequests = () => localApi().requests.filter(request => /getdirectcamspecialoffers/i.test(request.path));

describe('a group manager', () => {
	it('picks a member from the group’s list and edits that member’s offer through the group path', async () => {
		const managerOffers = localApi().offersOf(3001);
		await signInWithToken(browser, localApi().url, demoTokens.manager, {apiKey: demoApiKey});
		const popup = await openPopup(browser);
		await popup.getByLabel('Member', {exact: true}).selectOption({label: 'AmberSky (3002)'});
		await popup.getByRole('heading', {name: 'Offers of AmberSky (3002)'}).waitFor();
		await popupOffer(popup, 'Dance for you').waitFor();
		expect(listRequests().at(-1)!.path).toBe('/v1/Groups/DirectCam/GetDirectCamSpecialOffers?UserID=3002');

		const form = await openEditForm(popup, 'Dance for you');
		await form.getByLabel('Total credits', {exact: true}).fill('18');
		await form.getByRole('button', {name: 'Save', exact: true}).click();
		await popupOffer(popup, 'Dance for you').getByText('18 credits', {exact: true}).waitFor();
		await afterOneUpdate(popup);

		expectMemberOfferPut(localApi(), managerOffers);
	});

	it('without an API key, types the member’s UserID and switches that member’s offer off', async () => {
		await signInWithToken(browser, localApi().url, demoTokens.manager);
		const popup = await openPopup(browser);
		await popup.getByLabel('UserID', {exact: true}).fill('3003');
		await popup.getByRole('button', {name: 'Show', exact: true}).click();
		await popup.getByRole('heading', {name: 'Offers of Member 3003'}).waitFor();

		await availabilitySwitch(popup, 'Garden party 🌸').click();
		await afterOneUpdate(popup);
		const [put] = offerPuts(localApi());
		expect(put!.path).toBe(groupUpdatePath);
		expect(put!.body).toMatchObject({OfferID: 300_301, CurrentlyAvailable: false, UserID: 3003});
		expect(
			localApi()
				.offersOf(3003)
				.find(offer => offer.OfferID === 300_301)?.CurrentlyAvailable,
		).toBe(false);
		await expect.poll(async () => availabilitySwitch(popup, 'Garden party 🌸').isChecked(), patiently).toBe(false);
	});
});

describe('the offer list', () => {
	async function signInWith(switches: Partial<Switches>, token: string = demoTokens.performer): Promise<Page> {
		localApi().setSwitches(switches);
		await signInWithToken(browser, localApi().url, token);
		return openPopup(browser);
	}

	it('shows the offers of a list wrapped in an object', async () => {
		const popup = await signInWith({wrappedList: true});
		for (const offer of localApi().offersOf(1001)) {
			expect(await availabilitySwitch(popup, offer.Title).isChecked(), offer.Title).toBe(offer.CurrentlyAvailable);
		}
	});

	it('reads availability from CanPurchase when the list lacks CurrentlyAvailable, and still sends a boolean', async () => {
		// VelvetMoon does no group chat: her available group offer cannot be bought, so it shows as off.
		const popup = await signInWith({omitCurrentlyAvailable: true}, demoTokens.performer2);
		const shown = {'Candlelit chat 🕯️': true, 'Morning yoga stretch': false, 'Midnight whispers': false};
		for (const [title, available] of Object.entries(shown)) {
			expect(await availabilitySwitch(popup, title).isChecked(), title).toBe(available);
		}

		await availabilitySwitch(popup, 'Candlelit chat 🕯️').click();
		await afterOneUpdate(popup);
		const [put] = offerPuts(localApi());
		expect(put!.path).toBe(ownUpdatePath);
		expect(put!.body).toMatchObject({OfferID: 100_201, CurrentlyAvailable: false});
		expect(jsonTypes(put!.body).CurrentlyAvailable).toBe('boolean');
		expect(
			localApi()
				.offersOf(1002)
				.find(offer => offer.OfferID === 100_201)?.CurrentlyAvailable,
		).toBe(false);
	});

	it('says when the API has no list, and adds an offer by its ID with one PUT', async () => {
		const popup = await signInWith({noListEndpoint: true});
		await popup.getByRole('heading', {name: 'No offer list'}).waitFor();
		await popup.getByText('This AdultWork API cannot list your offers. Add each offer by its ID, which you find on AdultWork.').waitFor();
		expect(listRequests().map(request => request.status)).toStrictEqual([404]);

		await popup.getByRole('button', {name: 'Add offer by ID', exact: true}).click();
		const form = popup.getByRole('form', {name: 'Add an offer by its ID'});
		await form.getByLabel('Offer ID', {exact: true}).fill('100103');
		await form.getByLabel('Title', {exact: true}).fill('Roleplay: the naughty secretary');
		await form.getByLabel('Duration (minutes)', {exact: true}).fill('30');
		await form.getByLabel('Total credits', {exact: true}).fill('75');
		await form.getByLabel('Mode', {exact: true}).selectOption({label: 'Private'});
		await form.getByLabel('Offer number', {exact: true}).fill('3');
		await form.getByRole('button', {name: 'Add offer', exact: true}).click();

		const added = availabilitySwitch(popup, 'Roleplay: the naughty secretary');
		await added.waitFor();
		expect(await added.isChecked()).toBe(true);
		expect(await form.count()).toBe(0);
		await afterOneUpdate(popup);
		expect(offerPuts(localApi())[0]!.body).toStrictEqual({
			OfferID: 100_103,
			OfferNumber: 3,
			CurrentlyAvailable: true,
			Title: 'Roleplay: the naughty secretary',
			Duration: 30,
			TotalCredits: 75,
			ModeID: 3,
		});
		expect(
			localApi()
				.offersOf(1001)
				.find(offer => offer.OfferID === 100_103)?.CurrentlyAvailable,
		).toBe(true);
	});
});
