import {boolean, create, type Infer, integer, number, string, type} from 'superstruct';
import {maybe} from './offer';
import {findItemArray} from './offer-list';

/** VerifyCredentials. The group fields are filled only with the `account_information` scope. */
export const CredentialsStruct = type({
	UserID: integer(),
	EmailAddress: maybe(string()),
	IsAgeVerified: maybe(boolean()),
	GroupID: maybe(integer()),
	GroupName: maybe(string()),
	IsGroupManager: maybe(boolean()),
	UserTypeID: maybe(integer()),
	UserType: maybe(string()),
});
export type Credentials = Infer<typeof CredentialsStruct>;

/** GetSettings: only the normal rates matter here; the rest is accepted and ignored. */
export const SettingsStruct = type({
	DoesPrivate: maybe(boolean()),
	PrivatePPM: maybe(number()),
	DoesGroup: maybe(boolean()),
	GroupPPM: maybe(number()),
});
export type Settings = Infer<typeof SettingsStruct>;

/** A member of getGroupDetails. INFERRED: at least `UserID` and `Nickname`. */
export const GroupMemberStruct = type({
	UserID: integer(),
	Nickname: maybe(string()),
});
export type GroupMember = Infer<typeof GroupMemberStruct>;

export function parseGroupMembers(body: unknown): GroupMember[] {
	return findItemArray(body).map(item => create(item, GroupMemberStruct));
}
