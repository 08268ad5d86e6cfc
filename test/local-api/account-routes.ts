import {failure, json} from './answers';
import {parseId, queryParameter, type Route, type RouteTable} from './context';
import {demoApiKey, demoGroup, demoUser} from './demo-data';
import {authenticate} from './guards';

/** The group fields are filled only when `account_information` was granted (DOC). */
const verifyCredentials: Route = context => {
	const identity = authenticate(context);
	if (!identity.ok) {
		return identity.answer;
	}

	const user = demoUser(identity.value.userId)!;
	const informed = identity.value.scopes.includes('account_information');
	return json({
		UserID: user.UserID,
		EmailAddress: user.EmailAddress,
		IsAgeVerified: true,
		GroupID: informed ? user.GroupID : null,
		GroupName: informed ? user.GroupName : null,
		IsGroupManager: informed && user.IsGroupManager,
		UserTypeID: 2,
		UserType: 'Escort',
	});
};

const invalid = (field: string, message: string) => failure(400, 'The request is invalid.', {modelState: {[field]: [message]}});

/** Public: the developer's `apiKey` in the query, no user token (DOC). */
const getGroupDetails: Route = ({url}) => {
	if (queryParameter(url, 'apiKey') !== demoApiKey) {
		return failure(401, 'The API key is missing or invalid.', {oauthError: 'invalid_client'});
	}

	const groupId = parseId(queryParameter(url, 'GroupID'));
	if (groupId === undefined) {
		return invalid('GroupID', 'The GroupID field is required.');
	}

	if (groupId !== demoGroup.GroupID) {
		return failure(404, 'Group not found.');
	}

	const details = {GroupID: demoGroup.GroupID, GroupName: demoGroup.GroupName, TotalMembers: demoGroup.memberIds.length};
	if (queryParameter(url, 'ReturnMembers')?.toLowerCase() !== 'true') {
		return json(details);
	}

	const perPageText = queryParameter(url, 'MembersPerPage');
	const perPage = perPageText === undefined ? 50 : parseId(perPageText);
	if (perPage === undefined || perPage > 100) {
		return invalid('MembersPerPage', 'MembersPerPage must be between 1 and 100.');
	}

	const pageText = queryParameter(url, 'PageNumber');
	const page = pageText === undefined ? 1 : parseId(pageText);
	if (page === undefined) {
		return invalid('PageNumber', 'PageNumber must be 1 or more.');
	}

	const members = demoGroup.memberIds.slice((page - 1) * perPage, page * perPage).map(userId => ({UserID: userId, Nickname: demoUser(userId)!.Nickname}));
	return json({...details, Members: members});
};

export const accountRoutes: RouteTable = {
	'/v1/account/verifycredentials': {GET: verifyCredentials},
	'/v1/groups/getgroupdetails': {GET: getGroupDetails},
};
