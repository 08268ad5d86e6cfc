/*
The environment a build was made for: the local build points a new install at the local
API with its demo client ID; the production build leaves both empty, which means production.
The `typeof` guards keep this module usable where no build defined the constants (tests).
*/
export const buildDefaults: {apiBaseUrl: string; clientId: string; customApi: boolean} = {
	apiBaseUrl: typeof __DEFAULT_API_BASE__ === 'string' ? __DEFAULT_API_BASE__ : '',
	clientId: typeof __DEFAULT_CLIENT_ID__ === 'string' ? __DEFAULT_CLIENT_ID__ : '',
	/**
	Whether a custom API address may be used: only in the local build, so the shipped extension
	talks to AdultWork alone. Tests reach the local API through one, as the local build does.
	*/
	customApi: typeof __CUSTOM_API__ === 'boolean' ? __CUSTOM_API__ : true,
};
