import browser from 'webextension-polyfill';

/** Without it the browser blocks requests with a token (CORS); Firefox asks the user for it, Chrome grants it at install. */
export async function hasHostPermission(apiBaseUrl: string): Promise<boolean> {
	try {
		return await browser.permissions.contains({origins: [`${new URL(apiBaseUrl).origin}/*`]});
	} catch {
		return false;
	}
}
