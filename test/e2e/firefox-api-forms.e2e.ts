import type {Page} from 'puppeteer-core';
import {demoApiKey, demoTokens} from '../local-api/demo-data';
import type {Switches} from '../local-api/server';
import {launchFirefox, type FirefoxSession} from './harness/firefox';
import {nothingLeftToSend} from './harness/firefox-extension';
import {
	availabilitySwitch,
	byRole,
	click,
	fill,
	nothingPending,
	openEditForm,
	openPopup,
	popupOffer,
	selectOption,
	signInWithToken,
	switchStates,
} from './harness/firefox-pages';
import {afterAcceptedUpdates, expectMemberOfferPut} from './harness/expected-updates';
import {useLocalApi} from '../helpers/use-local-api';
import {jsonTypes, offerPuts, ownUpdatePath, patiently} from './harness/recorded-requests';

/**
The API in its other forms, in Firefox: a group manager's paths with the member's UserID, and
the offer list as an object, without CurrentlyAvailable, or missing altogether.
*/
const localApi = useLocalApi();
let firefox: FirefoxSession;

beforeAll(async () => {
	firefox = await launchFirefox();
});
afterAll(async () => firefox?.close());
beforeEach(async () => firefox.reinstall());

async function afterOneUpdate(popup: Page): Promise<void> {
	await afterAcceptedUpdates(localApi(), 1, async () => {
		await nothingLeftToSend(firefox);
		await nothingPending(popup);
	});
}

const listRequests = () => localApi().requests.filter(request => /getdirectcamspecialoffers/i.test(request.path));

it('lets a group manager pick a member and edit that member’s offer through the group path, UserID in the body', async () => {
	const managerOffers = localApi().offersOf(3001);
	await signInWithToken(firefox, localApi().url, demoTokens.manager, {apiKey: demoApiKey});
	const popup = await openPopup(firefox);
	await selectOption(popup, 'Member', 'AmberSky (3002)');
	await popup.waitForSelector(byRole('heading', 'Offers of AmberSky (3002)'));
	await popupOffer(popup, 'Dance for you');
	expect(listRequests().at(-1)!.path).toBe('/v1/Groups/DirectCam/GetDirectCamSpecialOffers?UserID=3002');

	const form = await openEditForm(popup, 'Dance for you');
	await fill(form, 'Total credits', '18');
	await click(form, 'button', 'Save');
	await (await popupOffer(popup, 'Dance for you')).waitForSelector('::-p-text(18 credits)');
	await afterOneUpdate(popup);

	expectMemberOfferPut(localApi(), managerOffers);
});

describe('the offer list', () => {
	async function signInWith(switches: Partial<Switches>, token: string = demoTokens.performer): Promise<Page> {
		localApi().setSwitches(switches);
		await signInWithToken(firefox, localApi().url, token);
		return openPopup(firefox);
	}

	it('shows the offers of a list wrapped in an object', async () => {
		const popup = await signInWith({wrappedList: true});
		const shown = Object.fromEntries(
			localApi()
				.offersOf(1001)
				.map(offer => [offer.Title, offer.CurrentlyAvailable]),
		);
		expect(await switchStates(popup)).toStrictEqual(shown);
	});

	it('reads availability from CanPurchase when the list lacks CurrentlyAvailable, and still sends a boolean', async () => {
		// VelvetMoon does no group chat: her available group offer cannot be bought, so it shows as off.
		const popup = await signInWith({omitCurrentlyAvailable: true}, demoTokens.performer2);
		expect(await switchStates(popup)).toStrictEqual({'Candlelit chat 🕯️': true, 'Morning yoga stretch': false, 'Midnight whispers': false});

		await (await availabilitySwitch(popup, 'Candlelit chat 🕯️')).click();
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
		await popup.waitForSelector(byRole('heading', 'No offer list'));
		await popup.waitForSelector('::-p-text(This AdultWork API cannot list your offers. Add each offer by its ID, which you find on AdultWork.)');
		expect(listRequests().map(request => request.status)).toStrictEqual([404]);

		await click(popup, 'button', 'Add offer by ID');
		const form = (await popup.waitForSelector(byRole('form', 'Add an offer by its ID')))!;
		await fill(form, 'Offer ID', '100103');
		await fill(form, 'Title', 'Roleplay: the naughty secretary');
		await fill(form, 'Duration (minutes)', '30');
		await fill(form, 'Total credits', '75');
		await selectOption(form, 'Mode', 'Private');
		await fill(form, 'Offer number', '3');
		await click(form, 'button', 'Add offer');

		await expect.poll(async () => switchStates(popup), patiently).toStrictEqual({'Roleplay: the naughty secretary': true});
		expect(await popup.$(byRole('form', 'Add an offer by its ID'))).toBeNull();
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
