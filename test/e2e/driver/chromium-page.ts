import type {Locator, Page} from 'playwright-core';
import type {DriverPage, PageElement, Query, Scope} from './driver';
import {describedByText} from './in-page';

/**
A Chromium page as `driver.ts` describes it, on Playwright's locators: they find their element
afresh at every use and wait for it, which is what the driver's elements promise.
*/

type Role = Parameters<Page['getByRole']>[0];

function locate(scope: Page | Locator, query: Query): Locator {
	if ('role' in query) {
		return scope.getByRole(query.role as Role, query.name === undefined ? {} : {name: query.name, exact: true});
	}

	if ('label' in query) {
		return scope.getByLabel(query.label, {exact: true});
	}

	return typeof query.text === 'string' ? scope.getByText(query.text, {exact: true}) : scope.getByText(query.text);
}

function scopeOf(scope: Page | Locator): Scope {
	return {
		find: query => element(locate(scope, query)),
		findAll: async query => (await locate(scope, query).all()).map(element),
	};
}

function element(locator: Locator): PageElement {
	return {
		...scopeOf(locator),
		waitFor: async () => locator.waitFor(),
		waitForGone: async () => locator.first().waitFor({state: 'detached'}),
		exists: async () => (await locator.count()) > 0,
		isVisible: async () => locator.isVisible(),
		click: async () => locator.click(),
		type: async value => locator.fill(value),
		check: async () => locator.check(),
		async select(optionText) {
			await locator.selectOption({label: optionText});
		},
		press: async key => locator.press(key),
		// biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText, the text as shown
		text: async () => locator.innerText(),
		inputValue: async () => locator.inputValue(),
		isChecked: async () => locator.isChecked(),
		isDisabled: async () => locator.isDisabled(),
		attribute: async name => locator.getAttribute(name),
		description: async () => locator.evaluate(describedByText),
	};
}

export function chromiumPage(page: Page): DriverPage {
	return {...scopeOf(page), url: () => page.url(), close: async () => page.close()};
}
