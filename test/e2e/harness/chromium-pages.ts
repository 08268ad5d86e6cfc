import type {Locator, Page} from 'playwright-core';
import {chromiumPage} from '../driver/chromium-page';
import {type SignInOptions, signInWithToken as signInThroughOptions} from '../steps/sign-in';
import type {ChromiumSession} from './chromium';

/**
The popup and the options page in Chromium as Playwright objects, found by role and label
only: for the Chromium driver, which wraps them, and for the bench, which times them.
*/

/** The scenarios' sign-in through the options page, for a session without a driver (the bench's). */
export async function signInWithToken(session: ChromiumSession, apiUrl: string, token: string, options: SignInOptions = {}): Promise<void> {
	await signInThroughOptions({openPage: async () => chromiumPage(await session.openPage('options.html'))}, apiUrl, token, options);
}

/** The popup, once it shows the offers, or why there are none to show. */
export async function openPopup(session: ChromiumSession, file: 'popup.html' | 'sidepanel.html' = 'popup.html'): Promise<Page> {
	const popup = await session.openPage(file, file === 'sidepanel.html' ? {width: 420} : {});
	const noOffers = popup.getByRole('heading', {name: /^(You are signed out|No offer list|No special offers yet)$/});
	await popup.getByRole('list').or(noOffers).first().waitFor();
	return popup;
}

/** Opens an offer's edit form with its Edit button. */
export async function openEditForm(page: Page, title: string): Promise<Locator> {
	await page
		.getByRole('listitem', {name: title, exact: true})
		.getByRole('button', {name: `Edit ${title}`, exact: true})
		.click();
	const form = page.getByRole('form', {name: `Edit “${title}”`, exact: true});
	await form.waitFor();
	return form;
}
