import {demoApiKey, demoTokens} from '../local-api/demo-data';
import type {Switches} from '../local-api/server';
import {useLocalApi} from '../helpers/use-local-api';
import type {DriverPage} from './driver/driver';
import {browsers, useDriver} from './driver/drivers';
import {expectMemberOfferPut} from './harness/expected-updates';
import {groupUpdatePath, jsonTypes, offerPuts, ownUpdatePath, patiently} from './harness/recorded-requests';
import {signInWithToken} from './steps/sign-in';
import {availabilitySwitch, openEditForm, popupOffer, switchStates} from './steps/popup';
import {afterUpdates} from './steps/settled';

/**
The API in its other forms: a group manager's paths with the member's UserID, and the
offer list as an object, without CurrentlyAvailable, or missing altogether.
*/
describe.each(browsers)('$name', browser => {
	const localApi = useLocalApi();
	const driver = useDriver(browser);

	const afterOneUpdate = async (popup: DriverPage) => afterUpdates(localApi(), driver(), popup, 1);
	const listRequests = () => localApi().requests.filter(request => /getdirectcamspecialoffers/i.test(request.path));
	const storedAvailability = (userId: number, offerId: number) =>
		localApi()
			.offersOf(userId)
			.find(offer => offer.OfferID === offerId)?.CurrentlyAvailable;

	describe('a group manager', () => {
		it('picks a member from the group’s list and edits that member’s offer through the group path, UserID in the body', async () => {
			const managerOffers = localApi().offersOf(3001);
			await signInWithToken(driver(), localApi().url, demoTokens.manager, {apiKey: demoApiKey});
			const popup = await driver().openPage('popup');
			await popup.find({label: 'Member'}).select('AmberSky (3002)');
			await popup.find({role: 'heading', name: 'Offers of AmberSky (3002)'}).waitFor();
			await popupOffer(popup, 'Dance for you').waitFor();
			expect(listRequests().at(-1)!.path).toBe('/v1/Groups/DirectCam/GetDirectCamSpecialOffers?UserID=3002');

			const form = await openEditForm(popup, 'Dance for you');
			await form.find({label: 'Total credits'}).type('18');
			await form.find({role: 'button', name: 'Save'}).click();
			await popupOffer(popup, 'Dance for you').find({text: '18 credits'}).waitFor();
			await afterOneUpdate(popup);

			expectMemberOfferPut(localApi(), managerOffers);
		});

		it('without an API key, types the member’s UserID and switches that member’s offer off', async () => {
			await signInWithToken(driver(), localApi().url, demoTokens.manager);
			const popup = await driver().openPage('popup');
			await popup.find({label: 'UserID'}).type('3003');
			await popup.find({role: 'button', name: 'Show'}).click();
			await popup.find({role: 'heading', name: 'Offers of Member 3003'}).waitFor();

			await availabilitySwitch(popup, 'Garden party 🌸').click();
			await afterOneUpdate(popup);
			const [put] = offerPuts(localApi());
			expect(put!.path).toBe(groupUpdatePath);
			expect(put!.body).toMatchObject({OfferID: 300_301, CurrentlyAvailable: false, UserID: 3003});
			expect(storedAvailability(3003, 300_301)).toBe(false);
			await expect.poll(async () => availabilitySwitch(popup, 'Garden party 🌸').isChecked(), patiently).toBe(false);
		});
	});

	describe('the offer list', () => {
		async function signInWith(switches: Partial<Switches>, token: string = demoTokens.performer): Promise<DriverPage> {
			localApi().setSwitches(switches);
			await signInWithToken(driver(), localApi().url, token);
			return driver().openPage('popup');
		}

		/** The popup shows these offers and no others, each switch on or off as given. */
		async function expectSwitches(popup: DriverPage, shown: Record<string, boolean>): Promise<void> {
			expect(await switchStates(popup)).toStrictEqual(shown);
			for (const [title, available] of Object.entries(shown)) {
				expect(await availabilitySwitch(popup, title).isChecked(), title).toBe(available);
			}
		}

		it('shows the offers of a list wrapped in an object', async () => {
			const popup = await signInWith({wrappedList: true});
			await expectSwitches(
				popup,
				Object.fromEntries(
					localApi()
						.offersOf(1001)
						.map(offer => [offer.Title, offer.CurrentlyAvailable]),
				),
			);
		});

		it('reads availability from CanPurchase when the list lacks CurrentlyAvailable, and still sends a boolean', async () => {
			// VelvetMoon does no group chat: her available group offer cannot be bought, so it shows as off.
			const popup = await signInWith({omitCurrentlyAvailable: true}, demoTokens.performer2);
			await expectSwitches(popup, {'Candlelit chat 🕯️': true, 'Morning yoga stretch': false, 'Midnight whispers': false});

			await availabilitySwitch(popup, 'Candlelit chat 🕯️').click();
			await afterOneUpdate(popup);
			const [put] = offerPuts(localApi());
			expect(put!.path).toBe(ownUpdatePath);
			expect(put!.body).toMatchObject({OfferID: 100_201, CurrentlyAvailable: false});
			expect(jsonTypes(put!.body).CurrentlyAvailable).toBe('boolean');
			expect(storedAvailability(1002, 100_201)).toBe(false);
		});

		it('says when the API has no list, and adds an offer by its ID with one PUT', async () => {
			const popup = await signInWith({noListEndpoint: true});
			await popup.find({role: 'heading', name: 'No offer list'}).waitFor();
			await popup.find({text: 'This AdultWork API cannot list your offers. Add each offer by its ID, which you find on AdultWork.'}).waitFor();
			expect(listRequests().map(request => request.status)).toStrictEqual([404]);

			await popup.find({role: 'button', name: 'Add offer by ID'}).click();
			const form = popup.find({role: 'form', name: 'Add an offer by its ID'});
			const fields = {'Offer ID': '100103', Title: 'Roleplay: the naughty secretary', 'Duration (minutes)': '30', 'Total credits': '75'};
			for (const [label, value] of Object.entries(fields)) {
				await form.find({label}).type(value);
			}

			await form.find({label: 'Mode'}).select('Private');
			await form.find({label: 'Offer number'}).type('3');
			await form.find({role: 'button', name: 'Add offer'}).click();

			await expect.poll(async () => switchStates(popup), patiently).toStrictEqual({'Roleplay: the naughty secretary': true});
			expect(await availabilitySwitch(popup, 'Roleplay: the naughty secretary').isChecked()).toBe(true);
			expect(await form.exists()).toBe(false);
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
			expect(storedAvailability(1001, 100_103)).toBe(true);
		});
	});
});
