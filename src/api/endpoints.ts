/**
Every path the extension calls, in one table. DOC rows come from AdultWork's developer
documentation; INFERRED rows are our best reading and the only place to correct them.
Paths are relative to the environment's base URL.
*/
export type Endpoint = {
	method: 'GET' | 'PUT';
	path: string;
	/** The group manager's form, which takes the member's `UserID`. */
	groupPath?: string;
	/** Public operations authenticate with the developer's `apiKey`, not the user's token. */
	auth: 'bearer' | 'apiKey';
	source: 'DOC' | 'INFERRED';
};

export const endpoints = {
	verifyCredentials: {method: 'GET', path: 'v1/account/verifyCredentials', auth: 'bearer', source: 'DOC'},
	listOffers: {
		method: 'GET',
		path: 'v1/DirectCam/GetDirectCamSpecialOffers',
		groupPath: 'v1/Groups/DirectCam/GetDirectCamSpecialOffers',
		auth: 'bearer',
		source: 'INFERRED',
	},
	updateOffer: {
		method: 'PUT',
		path: 'v1/DirectCam/UpdateDirectCamSpecialOffer',
		groupPath: 'v1/Groups/DirectCam/UpdateDirectCamSpecialOffer',
		auth: 'bearer',
		source: 'DOC',
	},
	settings: {method: 'GET', path: 'v1/DirectCam/GetSettings', groupPath: 'v1/Groups/DirectCam/GetSettings', auth: 'bearer', source: 'DOC'},
	groupDetails: {method: 'GET', path: 'v1/groups/getGroupDetails', auth: 'apiKey', source: 'DOC'},
} as const satisfies Record<string, Endpoint>;

/** GET takes the member in the query (DOC); PUT in the JSON body beside the other fields (INFERRED). */
export const groupUserIdPlacement = {GET: 'query', PUT: 'body'} as const;
