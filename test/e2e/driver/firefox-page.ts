import type {ElementHandle, Page} from 'puppeteer-core';
import type {DriverPage, PageElement, Scope} from './driver';
import {selectorOf} from './firefox-queries';
import {describedByText} from './in-page';

/**
A Firefox page as `driver.ts` describes it, on puppeteer-core: roles and accessible names
through puppeteer's ARIA queries, which ask Firefox's own accessibility tree; form fields by
their labels and elements by their text through the query handlers of `firefox-queries.ts`.
*/

type Handle = ElementHandle<HTMLInputElement>;
/** Where an element is looked for: found by waiting for it, or as it is now (null when it is not there). */
type Place<T> = {wait(): Promise<T>; now(): Promise<T | null>};

function scopeAt(place: Place<Page | ElementHandle>): Scope {
	return {
		find: query => element(place, selectorOf(query)),
		async findAll(query) {
			const handles = await (await place.wait()).$$(selectorOf(query));
			return handles.map(handle => elementAt({wait: async () => handle, now: async () => handle}, place, selectorOf(query)));
		},
	};
}

function element(parent: Place<Page | ElementHandle>, selector: string): PageElement {
	const place: Place<ElementHandle> = {
		async wait() {
			const found = await (await parent.wait()).waitForSelector(selector);
			if (!found) {
				throw new Error(`Nothing matches ${selector}`);
			}

			return found;
		},
		async now() {
			const scope = await parent.now();
			return scope ? scope.$(selector) : null;
		},
	};
	return elementAt(place, parent, selector);
}

function elementAt(place: Place<ElementHandle>, parent: Place<Page | ElementHandle>, selector: string): PageElement {
	const control = async () => (await place.wait()) as Handle;
	const read = async <T>(callback: (input: HTMLInputElement) => T) => (await control()).evaluate(callback);
	return {
		...scopeAt(place),
		async waitFor() {
			await place.wait();
		},
		async waitForGone() {
			await (await parent.wait()).waitForSelector(selector, {hidden: true});
		},
		exists: async () => (await place.now()) !== null,
		async isVisible() {
			const found = await place.now();
			return found ? found.evaluate(node => node.checkVisibility()) : false;
		},
		click: async () => (await control()).click(),
		async type(value) {
			const input = await control();
			await input.evaluate(node => {
				node.select();
			});
			await (value === '' ? input.press('Backspace') : input.type(value));
		},
		async check() {
			if (!(await read(input => input.checked))) {
				await (await control()).click();
			}
		},
		async select(optionText) {
			const select = await control();
			const value = await select.evaluate(
				(node, text) => [...(node as unknown as HTMLSelectElement).options].find(option => option.text === text)?.value,
				optionText,
			);
			if (value === undefined) {
				throw new Error(`${selector} has no option “${optionText}”`);
			}

			await select.select(value);
		},
		press: async key => (await control()).press(key as never),
		text: async () => read(node => node.textContent ?? ''),
		inputValue: async () => read(input => input.value),
		isChecked: async () => read(input => input.checked),
		isDisabled: async () => read(input => input.disabled),
		attribute: async name => (await control()).evaluate((node, attribute) => node.getAttribute(attribute), name),
		description: async () => read(describedByText),
	};
}

export function firefoxPage(page: Page): DriverPage {
	const place: Place<Page> = {wait: async () => page, now: async () => page};
	return {...scopeAt(place), url: () => page.url(), close: async () => page.close()};
}
