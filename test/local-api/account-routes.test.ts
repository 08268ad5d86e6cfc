// @vitest-environment node
import {demoApiKey, demoTokens} from './demo-data';
import {call, useLocalApi} from './test-client';

const api = useLocalApi();
const denied = {Message: 'Authorization has been denied for this request.'};

describe('verifyCredentials', () => {
	it('tells who holds the token, with the group fields', async () => {
		const {status, body} = await call(api(), '/v1/account/verifyCredentials', {token: demoTokens.manager});
		expect(status).toBe(200);
		expect(body).toEqual({
			UserID: 3001,
			EmailAddress: 'luna@example.test',
			IsAgeVerified: true,
			GroupID: 77,
			GroupName: 'Luna Studio',
			IsGroupManager: true,
			UserTypeID: 2,
			UserType: 'Escort',
		});
	});

	it('takes the bearer scheme in any case, on a path in any case', async () => {
		const {status, body} = await call(api(), '/V1/Account/VerifyCredentials', {headers: {authorization: `Bearer ${demoTokens.performer2}`}});
		expect(status).toBe(200);
		expect(body).toMatchObject({UserID: 1002, GroupID: null, IsGroupManager: false});
	});

	it.each([
		['no header', {}],
		['an unknown token', {authorization: 'bearer nobody-knows-me'}],
		['the expired token', {authorization: `bearer ${demoTokens.expired}`}],
		['another scheme', {authorization: `Basic ${demoTokens.performer}`}],
	])('is 401 with %s', async (_, headers) => {
		const {status, body} = await call(api(), '/v1/account/verifyCredentials', {headers});
		expect(status).toBe(401);
		expect(body).toEqual(denied);
	});

	it('works without the DirectCam scope, and leaves the group fields empty without account_information', async () => {
		expect((await call(api(), '/v1/account/verifyCredentials', {token: demoTokens.noScope})).body.UserID).toBe(1001);
		const {body: issued} = await call(api(), '/__admin/tokens', {method: 'POST', json: {UserID: 3001, scope: 'account_webcam_bookings'}});
		const {body} = await call(api(), '/v1/account/verifyCredentials', {token: issued.access_token});
		expect(body).toMatchObject({UserID: 3001, GroupID: null, GroupName: null, IsGroupManager: false});
	});
});

it('refuses every DirectCam operation to a token without account_webcam_bookings', async () => {
	for (const [method, path] of [
		['GET', '/v1/DirectCam/GetDirectCamSpecialOffers'],
		['GET', '/v1/DirectCam/GetSettings'],
		['PUT', '/v1/DirectCam/UpdateDirectCamSpecialOffer'],
	] as const) {
		const {status, body} = await call(api(), path, {method, token: demoTokens.noScope, json: method === 'PUT' ? {} : undefined});
		expect(status).toBe(403);
		expect(body.Message).toMatch(/account_webcam_bookings/);
	}
});

it('refuses every user operation without a valid token', async () => {
	for (const [method, path] of [
		['GET', '/v1/DirectCam/GetDirectCamSpecialOffers'],
		['GET', '/v1/DirectCam/GetSettings'],
		['PUT', '/v1/DirectCam/UpdateDirectCamSpecialOffer'],
		['GET', '/v1/Groups/DirectCam/GetDirectCamSpecialOffers?UserID=3002'],
		['GET', '/v1/Groups/DirectCam/GetSettings?UserID=3002'],
		['PUT', '/v1/Groups/DirectCam/UpdateDirectCamSpecialOffer'],
	] as const) {
		const {status, body} = await call(api(), path, {method, token: demoTokens.expired, json: method === 'PUT' ? {UserID: 3002} : undefined});
		expect([path, status, body]).toEqual([path, 401, denied]);
	}
});

describe('getGroupDetails', () => {
	const details = (query: string) => call(api(), `/v1/groups/getGroupDetails?${query}`);

	it('lists the members with the API key and no token', async () => {
		const {status, body} = await details(`apiKey=${demoApiKey}&GroupID=77&ReturnMembers=true`);
		expect(status).toBe(200);
		expect(body).toEqual({
			GroupID: 77,
			GroupName: 'Luna Studio',
			TotalMembers: 2,
			Members: [
				{UserID: 3002, Nickname: 'AmberSky'},
				{UserID: 3003, Nickname: 'IvyNight'},
			],
		});
	});

	it('pages the members', async () => {
		expect((await details(`apiKey=${demoApiKey}&GroupID=77&ReturnMembers=true&MembersPerPage=1&PageNumber=2`)).body.Members).toEqual([
			{UserID: 3003, Nickname: 'IvyNight'},
		]);
		expect((await details(`apiKey=${demoApiKey}&GroupID=77&ReturnMembers=true&MembersPerPage=1&PageNumber=3`)).body).toMatchObject({
			TotalMembers: 2,
			Members: [],
		});
	});

	it('leaves the members out unless asked', async () => {
		expect((await details(`apiKey=${demoApiKey}&GroupID=77`)).body).toEqual({GroupID: 77, GroupName: 'Luna Studio', TotalMembers: 2});
	});

	it.each(['GroupID=77', 'apiKey=wrong&GroupID=77'])('is 401 without the right API key (%s)', async query => {
		expect((await details(query)).status).toBe(401);
	});

	it.each([
		['GroupID=', 400],
		['GroupID=x', 400],
		['GroupID=78', 404],
		['GroupID=77&ReturnMembers=true&MembersPerPage=0', 400],
		['GroupID=77&ReturnMembers=true&MembersPerPage=101', 400],
		['GroupID=77&ReturnMembers=true&MembersPerPage=100', 200],
		['GroupID=77&ReturnMembers=true&PageNumber=0', 400],
	])('answers %s with %i', async (query, status) => {
		expect((await details(`apiKey=${demoApiKey}&${query}`)).status).toBe(status);
	});
});
