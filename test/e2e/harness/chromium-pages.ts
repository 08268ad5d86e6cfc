import type {Locator, Page} from 'playwright-core';
import type {ChromiumSession} from './chromium';

/** The popup and the options page as a user meets them: found by role and label only. */

export type SignInOptions = {
	/** Lets the worker try a silent sign-in when the token stops working. */
	clientId?: string;
	/** The developer's key, which lists a manager's group members. */
	apiKey?: string;
};

/**
Points the extension at the local API and signs in with a pasted token, through the
options page (Custom environment, API base URL, Access token, Save), as a developer would.
*/
export async function signInWithToken(session: ChromiumSession, apiUrl: string, token: string, {clientId, apiKey}: SignInOptions = {}): Promise<void> {
	const options = await session.openPage('options.html');
	await options.getByLabel('Custom').check();
	await options.getByLabel('API base URL').fill(apiUrl);
	if (clientId !== undefined) {
		await options.getByLabel('Client ID').fill(clientId);
	}

	if (apiKey !== undefined) {
		await options.getByLabel('API key').fill(apiKey);
	}

	await options.getByLabel('Access token').fill(token);
	await options.getByRole('button', {name: 'Save', exact: true}).click();
	const saved = options.getByRole('status').filter({hasText: 'Settings saved.'});
	const refused = options.getByRole('alert');
	await saved.or(refused).first().waitFor();
	if ((await refused.count()) > 0) {
		// biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText, the text as shown
		throw new Error(`The options page refused the sign-in: ${await refused.first().innerText()}`);
	}

	await options.close();
}

/** The popup, once it shows the offers, or why there are none to show. */
export async function openPopup(session: ChromiumSession): Promise<Page> {
	const popup = await session.openPage('popup.html');
	const noOffers = popup.getByRole('heading', {name: /^(You are signed out|No offer list|No special offers yet)$/});
	await popup.getByRole('list').or(noOffers).first().waitFor();
	return popup;
}

/** One offer of the popup's list, named by its title. */
export function popupOffer(page: Page, title: string): Locator {
	return page.getByRole('listitem', {name: title, exact: true});
}

export function availabilitySwitch(page: Page, title: string): Locator {
	return page.getByRole('switch', {name: `Available: ${title}`, exact: true});
}

/** The edit form the popup opens in place of an offer. */
export function editForm(page: Page, title: string): Locator {
	return page.getByRole('form', {name: `Edit “${title}”`, exact: true});
}

/** Opens an offer's edit form with its Edit button. */
export async function openEditForm(page: Page, title: string): Promise<Locator> {
	await popupOffer(page, title)
		.getByRole('button', {name: `Edit ${title}`, exact: true})
		.click();
	const form = editForm(page, title);
	await form.waitFor();
	return form;
}

/** What a screen reader says about a field beside its name: its error, then its hints. */
export async function fieldDescription(field: Locator): Promise<string> {
	return field.evaluate(input =>
		(input.getAttribute('aria-describedby') ?? '')
			.split(' ')
			.map(id => document.getElementById(id)?.textContent ?? '')
			.filter(Boolean)
			.join(' | '),
	);
}

/**
Waits until no offer shows a change on its way (each such offer offers Retry). Call it once
the requests are known to have arrived: before the worker stores a change, nothing shows yet.
*/
export async function nothingPending(page: Page): Promise<void> {
	await page.getByRole('button', {name: 'Retry', exact: true}).first().waitFor({state: 'detached'});
}
