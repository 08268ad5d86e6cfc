import {deniedMessage, failure, type Answer} from './answers';
import {bearerToken, type Identity} from './auth';
import {parseId, type RouteContext} from './context';
import {demoUser} from './demo-data';

/** The scope every DirectCam operation needs (DOC). */
export const bookingsScope = 'account_webcam_bookings';

type Guarded<T> = {ok: true; value: T} | {ok: false; answer: Answer};

export function authenticate(context: RouteContext, requiredScope?: string): Guarded<Identity> {
	const identity = context.state.auth.identify(bearerToken(context.headers.authorization));
	if (!identity) {
		return {ok: false, answer: failure(401, deniedMessage, {headers: {'www-authenticate': 'Bearer'}})};
	}

	if (requiredScope && !identity.scopes.includes(requiredScope)) {
		return {ok: false, answer: failure(403, `The access token lacks the scope ${requiredScope}.`, {oauthError: 'insufficient_scope'})};
	}

	return {ok: true, value: identity};
}

/**
The member a group manager acts for (DOC): `UserID`, from the query for GET and from the
JSON body for PUT. A manager may act for anyone in their group, themselves included.
*/
export function actingFor(identity: Identity, userId: unknown): Guarded<number> {
	const id = typeof userId === 'string' ? parseId(userId) : userId;
	if (!Number.isInteger(id) || (id as number) < 1) {
		return {ok: false, answer: failure(400, 'The request is invalid.', {modelState: {UserID: ['The UserID field is required and must be a whole number.']}})};
	}

	const manager = demoUser(identity.userId);
	if (!manager?.IsGroupManager) {
		return {ok: false, answer: failure(403, 'Only the manager of a group may act for its members.')};
	}

	if (demoUser(id as number)?.GroupID !== manager.GroupID) {
		return {ok: false, answer: failure(403, 'The user is not a member of your group.')};
	}

	return {ok: true, value: id as number};
}
