// @vitest-environment node
import {demoTokens} from './demo-data';
import {call, useLocalApi} from './test-client';

const api = useLocalApi();
const {performer, performer2, manager} = demoTokens;
const updatePath = '/v1/DirectCam/UpdateDirectCamSpecialOffer';

const update = (overrides: Record<string, unknown> = {}) => ({
	OfferID: 100101,
	OfferNumber: 1,
	CurrentlyAvailable: false,
	Title: 'Slow strip 🔥',
	Duration: 30,
	TotalCredits: 18,
	ModeID: 3,
	AllowRateContinue: true,
	...overrides,
});

describe('list', () => {
	it('answers a bare array sorted by OfferNumber, with the response fields, CurrentlyAvailable and TotalCredits', async () => {
		const {status, headers, body} = await call(api(), '/v1/DirectCam/GetDirectCamSpecialOffers', {token: performer});
		expect(status).toBe(200);
		expect(headers.get('content-type')).toMatch(/^application\/json/);
		expect(body.map((offer: {OfferNumber: number}) => offer.OfferNumber)).toEqual([1, 2, 3, 4, 5]);
		expect(Object.keys(body[0]).sort()).toEqual([
			'AllowRateContinue',
			'CanPurchase',
			'CurrentlyAvailable',
			'DoesGroup',
			'DoesPrivate',
			'Duration',
			'GroupPPM',
			'Incomplete',
			'ModeID',
			'OfferID',
			'OfferNumber',
			'PrivatePPM',
			'Title',
			'TotalCredits',
			'TotalPrice',
		]);
		expect(body).toContainEqual(expect.objectContaining({OfferID: 100103, CurrentlyAvailable: false, CanPurchase: false}));
		expect(body).toContainEqual(expect.objectContaining({OfferID: 100104, Incomplete: true}));
		expect(new Set(body.map((offer: {ModeID: number}) => offer.ModeID))).toEqual(new Set([2, 3]));
	});

	it('cannot sell a group offer of a performer who does no group chat', async () => {
		const {body} = await call(api(), '/v1/directcam/getdirectcamspecialoffers', {token: performer2});
		expect(body.find((offer: {OfferID: number}) => offer.OfferID === 100202)).toMatchObject({
			ModeID: 2,
			CurrentlyAvailable: true,
			DoesGroup: false,
			CanPurchase: false,
		});
	});
});

describe('update', () => {
	it('replaces the offer and answers it in the documented shape', async () => {
		const {status, body} = await call(api(), updatePath, {method: 'PUT', token: performer, json: update()});
		expect(status).toBe(200);
		expect(body).toEqual({
			OfferID: 100101,
			OfferNumber: 1,
			Title: 'Slow strip 🔥',
			Duration: 30,
			ModeID: 3,
			DoesPrivate: true,
			PrivatePPM: 2.5,
			DoesGroup: true,
			GroupPPM: 1.2,
			TotalPrice: 18,
			AllowRateContinue: true,
			Incomplete: false,
			CanPurchase: false,
		});
		expect(api().offersOf(1001)[0]).toEqual({
			OfferID: 100101,
			OfferNumber: 1,
			Title: 'Slow strip 🔥',
			Duration: 30,
			TotalCredits: 18,
			ModeID: 3,
			CurrentlyAvailable: false,
			AllowRateContinue: true,
			Incomplete: false,
		});
	});

	it('renumbers an offer sent without OfferNumber to the highest plus one, and defaults AllowRateContinue to false', async () => {
		const {OfferNumber: _, AllowRateContinue: __, ...withoutOptional} = update({OfferID: 100102});
		const {body} = await call(api(), updatePath, {method: 'PUT', token: performer, json: withoutOptional});
		expect(body).toMatchObject({OfferID: 100102, OfferNumber: 6, AllowRateContinue: false});
	});

	it('keeps Incomplete, which the request cannot change', async () => {
		const {body} = await call(api(), updatePath, {method: 'PUT', token: performer, json: update({OfferID: 100104, OfferNumber: 4, Incomplete: false})});
		expect(body.Incomplete).toBe(true);
	});

	it('is 404 for an unknown offer and for another performer’s offer', async () => {
		for (const OfferID of [999_999, 100201]) {
			const {status, body} = await call(api(), updatePath, {method: 'PUT', token: performer, json: update({OfferID})});
			expect(status).toBe(404);
			expect(body).toEqual({Message: 'Special offer not found.'});
		}

		expect(api().offersOf(1002)[0]!.Title).toBe('Candlelit chat 🕯️');
	});

	it('wants a JSON body', async () => {
		const {status} = await call(api(), updatePath, {method: 'PUT', token: performer, body: JSON.stringify(update()), headers: {'content-type': 'text/plain'}});
		expect(status).toBe(415);
		const broken = await call(api(), updatePath, {
			method: 'PUT',
			token: performer,
			body: '{"OfferID":',
			headers: {'content-type': 'application/json; charset=utf-8'},
		});
		expect(broken.status).toBe(400);
	});
});

it('answers the settings with the normal rates among other fields', async () => {
	const {status, body} = await call(api(), '/v1/DirectCam/GetSettings', {token: performer});
	expect(status).toBe(200);
	expect(body).toMatchObject({DoesPrivate: true, PrivatePPM: 2.5, DoesGroup: true, GroupPPM: 1.2, MinimumPrivateDuration: 1});
});

describe('group manager forms', () => {
	it('acts for a member: list and settings with UserID in the query, update with UserID in the body', async () => {
		const list = await call(api(), '/v1/Groups/DirectCam/GetDirectCamSpecialOffers?UserID=3002', {token: manager});
		expect(list.body.map((offer: {OfferID: number}) => offer.OfferID)).toEqual([300201, 300202, 300203, 300204]);
		const settings = await call(api(), '/v1/Groups/DirectCam/GetSettings?userid=3003', {token: manager});
		expect(settings.body).toMatchObject({PrivatePPM: 1.8, GroupPPM: 0.9});
		const put = await call(api(), '/v1/Groups/DirectCam/UpdateDirectCamSpecialOffer', {
			method: 'PUT',
			token: manager,
			json: {...update({OfferID: 300301, OfferNumber: 1, ModeID: 2}), UserID: 3003},
		});
		expect(put.body).toMatchObject({OfferID: 300301, Title: 'Slow strip 🔥', GroupPPM: 0.9});
		expect(api().offersOf(3003)[0]!.Title).toBe('Slow strip 🔥');
	});

	it('lets the manager act for themselves', async () => {
		expect((await call(api(), '/v1/Groups/DirectCam/GetSettings?UserID=3001', {token: manager})).status).toBe(200);
	});

	it.each([
		['a performer who manages no group', performer, '3002'],
		['a manager naming someone outside the group', manager, '1001'],
	])('is 403 for %s', async (_, token, userId) => {
		for (const path of [`/v1/Groups/DirectCam/GetDirectCamSpecialOffers?UserID=${userId}`, `/v1/Groups/DirectCam/GetSettings?UserID=${userId}`]) {
			const {status, body} = await call(api(), path, {token});
			expect(status).toBe(403);
			expect(body.Message).toEqual(expect.any(String));
		}

		const put = await call(api(), '/v1/Groups/DirectCam/UpdateDirectCamSpecialOffer', {
			method: 'PUT',
			token,
			json: {...update({OfferID: 300201}), UserID: Number(userId)},
		});
		expect(put.status).toBe(403);
	});

	it.each(['', '?UserID=', '?UserID=abc', '?UserID=0', '?UserID=-3'])('is 400 for a missing or invalid UserID (%s)', async query => {
		const {status, body} = await call(api(), `/v1/Groups/DirectCam/GetDirectCamSpecialOffers${query}`, {token: manager});
		expect(status).toBe(400);
		expect(body.ModelState.UserID).toHaveLength(1);
	});

	it('is 400 for a PUT without UserID, or with a UserID that is no integer', async () => {
		for (const UserID of [undefined, '3002x', 3002.5]) {
			const {status} = await call(api(), '/v1/Groups/DirectCam/UpdateDirectCamSpecialOffer', {
				method: 'PUT',
				token: manager,
				json: {...update({OfferID: 300201}), UserID},
			});
			expect(status).toBe(400);
		}
	});
});
