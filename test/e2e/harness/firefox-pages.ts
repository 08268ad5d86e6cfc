import {type ElementHandle, type Page, Puppeteer} from 'puppeteer-core';
import type {SignInOptions} from './chromium-pages';
import type {FirefoxSession} from './firefox';

/**
The popup and the options page in Firefox as a user meets them: elements by role and
accessible name through puppeteer's ARIA queries, which ask Firefox's own accessibility tree;
form fields by their labels.
*/
export type Scope = Page | ElementHandle;
type Control = ElementHandle<HTMLInputElement>;

/** A selector for the element of this role and exact accessible name. */
export const byRole = (role: string, name: string) => `::-p-aria([name="${name}"][role="${role}"])`;

export async function find(scope: Scope, role: string, name: string): Promise<ElementHandle> {
	const found = await scope.waitForSelector(byRole(role, name));
	if (!found) {
		throw new Error(`No ${role} named “${name}”`);
	}

	return found;
}

/** A real click (pointer input at the element's centre, scrolled into view), on the element found by role and name. */
export async function click(scope: Scope, role: string, name: string): Promise<void> {
	await (await find(scope, role, name)).click();
}

/*
`::-p-label(Title)`: the form control that a <label> with exactly this text names, found
in the page itself. The same fields through `::-p-aria` would cost a trip through Firefox's
accessibility tree each (a quarter to half a second), and a password field has no ARIA role
to tell it from its label; the page tests already check the labels' accessible names.
Each test file imports this module afresh, while puppeteer's registry may outlive it.
*/
if (Puppeteer.customQueryHandlerNames().includes('label')) {
	Puppeteer.unregisterCustomQueryHandler('label');
}

Puppeteer.registerCustomQueryHandler('label', {
	queryOne(root: Node, text: string) {
		for (const label of (root as ParentNode).querySelectorAll('label')) {
			if (label.textContent?.trim() === text && label.control) {
				return label.control;
			}
		}

		return null;
	},
});

export async function field(scope: Scope, label: string): Promise<Control> {
	return (await scope.waitForSelector(`::-p-label(${label})`))! as Control;
}

/** Types a value in place of the field's own, as a user who selects it all and types would. */
export async function typeInto(control: Control, value: string): Promise<void> {
	await control.evaluate(input => {
		input.select();
	});
	await (value === '' ? control.press('Backspace') : control.type(value));
}

export async function fill(scope: Scope, label: string, value: string): Promise<void> {
	await typeInto(await field(scope, label), value);
}

/** Ticks a checkbox or picks a radio button by its label, with a click when it is not so already. */
export async function check(scope: Scope, label: string): Promise<void> {
	const control = await field(scope, label);
	if (!(await isChecked(control))) {
		await control.click();
	}
}

export async function selectOption(scope: Scope, label: string, optionText: string): Promise<void> {
	const select = await field(scope, label);
	const value = await select.evaluate(
		(element, text) => [...(element as unknown as HTMLSelectElement).options].find(option => option.text === text)?.value,
		optionText,
	);
	if (value === undefined) {
		throw new Error(`“${label}” has no option “${optionText}”`);
	}

	await select.select(value);
}

export const isChecked = async (control: ElementHandle) => control.evaluate(element => (element as HTMLInputElement).checked);
export const isDisabled = async (control: ElementHandle) => control.evaluate(element => (element as HTMLButtonElement).disabled);
export const inputValue = async (control: ElementHandle) => control.evaluate(element => (element as HTMLInputElement).value);

/** What a screen reader says about a field beside its name: its error, then its hints. */
export async function fieldDescription(control: ElementHandle): Promise<string> {
	return control.evaluate(element =>
		(element.getAttribute('aria-describedby') ?? '')
			.split(' ')
			.map(id => document.getElementById(id)?.textContent ?? '')
			.filter(Boolean)
			.join(' | '),
	);
}

/**
Points the extension at the local API and signs in with a pasted token, through the
options page (Custom environment, API base URL, Access token, Save), as a developer would.
*/
export async function signInWithToken(session: FirefoxSession, apiUrl: string, token: string, {clientId, apiKey}: SignInOptions = {}): Promise<void> {
	const options = await session.openPage('options.html');
	await check(options, 'Custom');
	await fill(options, 'API base URL', apiUrl);
	if (clientId !== undefined) {
		await fill(options, 'Client ID', clientId);
	}

	if (apiKey !== undefined) {
		await fill(options, 'API key', apiKey);
	}

	await fill(options, 'Access token', token);
	await click(options, 'button', 'Save');
	const outcome = await options.waitForSelector('::-p-text(Settings saved.), [role="alert"]');
	if (await outcome!.evaluate(element => element.getAttribute('role') === 'alert')) {
		throw new Error(`The options page refused the sign-in: ${await outcome!.evaluate(element => element.textContent)}`);
	}

	await options.close();
}

/** The popup at a popup's width, once it shows the offers or why there are none to show. */
export async function openPopup(session: FirefoxSession): Promise<Page> {
	const popup = await session.openPage('popup.html');
	await popup.setViewport({width: 380, height: 600});
	// Rendered: the list, or a notice's heading (the headings are checked by name where it matters).
	await popup.waitForSelector('ul, h2');
	return popup;
}

/** One offer of the popup's list, named by its title. */
export const popupOffer = async (page: Page, title: string) => find(page, 'listitem', title);
export const availabilitySwitch = async (page: Page, title: string) => find(page, 'switch', `Available: ${title}`);

/** Every availability switch of the popup, by its offer's title: on or off. One query, as each costs a trip through Firefox's accessibility tree. */
export async function switchStates(page: Page): Promise<Record<string, boolean>> {
	const states: Record<string, boolean> = {};
	for (const toggle of await page.$$('::-p-aria([role="switch"])')) {
		const [name, checked] = await toggle.evaluate(element => [element.getAttribute('aria-label') ?? '', (element as HTMLInputElement).checked] as const);
		states[name.replace(/^Available: /, '')] = checked;
	}

	return states;
}
/** The edit form the popup opens in place of an offer. */
export const editForm = async (page: Page, title: string) => find(page, 'form', `Edit “${title}”`);

/** Opens an offer's edit form with its Edit button. */
export async function openEditForm(page: Page, title: string): Promise<ElementHandle> {
	await click(await popupOffer(page, title), 'button', `Edit ${title}`);
	return editForm(page, title);
}

/**
Waits until no offer shows a change on its way (each such offer offers Retry). Call it once
the requests are known to have arrived: before the worker stores a change, nothing shows yet.
*/
export async function nothingPending(page: Page): Promise<void> {
	await page.waitForSelector(byRole('button', 'Retry'), {hidden: true});
}
