import {create} from 'superstruct';
import {CredentialsStruct, parseGroupMembers, SettingsStruct} from './account';

it('reads credentials with and without the group fields', () => {
	const full = {
		UserID: 3001,
		EmailAddress: 'a@b.test',
		IsAgeVerified: true,
		GroupID: 77,
		GroupName: 'Luna',
		IsGroupManager: true,
		UserTypeID: 2,
		UserType: 'Escort',
	};
	expect(create(full, CredentialsStruct)).toEqual(full);
	expect(create({UserID: 1001, GroupID: null, GroupName: null}, CredentialsStruct).UserID).toBe(1001);
	expect(() => create({EmailAddress: 'x'}, CredentialsStruct)).toThrow(/UserID/);
});

it('reads the normal rates among other settings', () => {
	expect(create({DoesPrivate: true, PrivatePPM: 2.5, Other: 1}, SettingsStruct)).toMatchObject({PrivatePPM: 2.5});
});

it('finds group members in the answer', () => {
	expect(parseGroupMembers({GroupID: 77, Members: [{UserID: 3002, Nickname: 'AmberSky'}]})).toEqual([{UserID: 3002, Nickname: 'AmberSky'}]);
	expect(() => parseGroupMembers({Members: [{Nickname: 'x'}]})).toThrow(/UserID/);
});
