import {demoTokens, type StoredOffer} from '../../local-api/demo-data';
import type {LocalApi} from '../../local-api/server';
import {acceptedPuts, groupUpdatePath, jsonTypes, offerPuts, ownUpdatePath, patiently} from './recorded-requests';

/** What both browsers' suites expect AdultWork to receive: one place, so Chromium and Firefox are held to the same wire. */

// ScarlettRose's "Lingerie show": offer 100102, No. 2, 15 minutes, 20 credits, group chat, available, no rate continue.
export const lingerieShow = {OfferID: 100_102, title: 'Lingerie show'};

/** The PUT that changes only an offer's availability: the rest of the offer as it was. */
export function availabilityPut({OfferID, OfferNumber, Title, Duration, TotalCredits, ModeID, AllowRateContinue}: StoredOffer, available: boolean) {
	return {OfferID, OfferNumber, CurrentlyAvailable: available, Title, Duration, TotalCredits, ModeID, AllowRateContinue};
}

/** Each of a performer's offers, by title: available or not, as the local API keeps it. */
export const availabilityOn = (api: LocalApi, userId = 1001) => Object.fromEntries(api.offersOf(userId).map(offer => [offer.Title, offer.CurrentlyAvailable]));

/** Waits for exactly `count` accepted updates and for the extension to show nothing left to send; then no more went out. */
export async function afterAcceptedUpdates(api: LocalApi, count: number, settled: () => Promise<void>): Promise<void> {
	await expect.poll(() => acceptedPuts(api).length, patiently).toBe(count);
	await settled();
	expect(offerPuts(api)).toHaveLength(count);
}

/** The whole Lingerie show after the edit both suites make: title, 20 minutes, 24.50 credits, private, rate continue. */
export function expectEditedLingerieShowPut(api: LocalApi): void {
	const puts = offerPuts(api);
	expect(puts).toHaveLength(1);
	const [put] = puts;
	expect(put).toMatchObject({method: 'PUT', path: ownUpdatePath, status: 200});
	expect(put!.headers.authorization).toBe(`bearer ${demoTokens.performer}`);
	expect(put!.headers['content-type']).toMatch(/^application\/json\b/);
	expect(put!.body).toStrictEqual({
		OfferID: lingerieShow.OfferID,
		OfferNumber: 2,
		CurrentlyAvailable: true,
		Title: 'Lingerie show, encore',
		Duration: 20,
		TotalCredits: 24.5,
		ModeID: 3,
		AllowRateContinue: true,
	});
	expect(jsonTypes(put!.body)).toStrictEqual({
		OfferID: 'number',
		OfferNumber: 'number',
		CurrentlyAvailable: 'boolean',
		Title: 'string',
		Duration: 'number',
		TotalCredits: 'number',
		ModeID: 'number',
		AllowRateContinue: 'boolean',
	});
	expect(api.offersOf(1001).find(stored => stored.OfferID === lingerieShow.OfferID)).toMatchObject({
		Title: 'Lingerie show, encore',
		Duration: 20,
		TotalCredits: 24.5,
		ModeID: 3,
		AllowRateContinue: true,
		CurrentlyAvailable: true,
		OfferNumber: 2,
	});
}

/** The group manager's edit of AmberSky's "Dance for you" to 18 credits: the group path, UserID in the body, the manager's own offers untouched. */
export function expectMemberOfferPut(api: LocalApi, managerOffersBefore: StoredOffer[]): void {
	const [put] = offerPuts(api);
	expect(put!.path).toBe(groupUpdatePath);
	expect(put!.headers.authorization).toBe(`bearer ${demoTokens.manager}`);
	expect(put!.body).toStrictEqual({
		OfferID: 300_202,
		OfferNumber: 2,
		CurrentlyAvailable: true,
		Title: 'Dance for you',
		Duration: 15,
		TotalCredits: 18,
		ModeID: 2,
		AllowRateContinue: false,
		UserID: 3002,
	});
	expect(jsonTypes(put!.body)).toMatchObject({UserID: 'number', TotalCredits: 'number', OfferID: 'number'});
	expect(api.offersOf(3002).find(offer => offer.OfferID === 300_202)?.TotalCredits).toBe(18);
	expect(api.offersOf(3001)).toStrictEqual(managerOffersBefore);
}
