import {Puppeteer} from 'puppeteer-core';
import type {Query} from './driver';

/** The driver's queries as puppeteer selectors for Firefox, and the two query handlers they need. */

/*
`::-p-label(…)` and `::-p-shownText(…)` look in the page itself. The same fields through
`::-p-aria` would cost a trip through Firefox's accessibility tree each (a quarter to half a
second), and a password field has no ARIA role to tell it from its label; the page tests
already check the labels' accessible names. Each test file imports this module afresh, while
puppeteer's registry may outlive it. The handlers run in the page: they use only their arguments.
*/
const handlers: Record<string, Parameters<typeof Puppeteer.registerCustomQueryHandler>[1]> = {
	label: {
		queryOne(root: Node, text: string) {
			for (const label of (root as ParentNode).querySelectorAll('label')) {
				if (label.textContent?.trim() === text && label.control) {
					return label.control;
				}
			}

			return null;
		},
	},
	// The innermost elements whose whole text is `exact`, or whose text `source` matches, as Playwright's getByText finds them.
	shownText: {
		queryAll(root: Node, spec: string) {
			const {exact, source, flags} = JSON.parse(spec) as {exact?: string; source?: string; flags?: string};
			const matches = (element: Element) => {
				const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
				return exact === undefined ? new RegExp(source!, flags).test(text) : text === exact;
			};

			const all = [...(root as ParentNode).querySelectorAll('*')].filter(matches);
			return all.filter(element => ![...element.children].some(matches));
		},
	},
};

for (const [name, handler] of Object.entries(handlers)) {
	if (Puppeteer.customQueryHandlerNames().includes(name)) {
		Puppeteer.unregisterCustomQueryHandler(name);
	}

	Puppeteer.registerCustomQueryHandler(name, handler);
}

/** A pseudo-class argument as puppeteer's selector parser reads it back: quoted, with quotes and backslashes escaped. */
const quoted = (text: string) => `"${text.replace(/[\\"]/g, match => `\\${match}`)}"`;

export function selectorOf(query: Query): string {
	if ('role' in query) {
		return query.name === undefined ? `::-p-aria([role="${query.role}"])` : `::-p-aria([name="${query.name}"][role="${query.role}"])`;
	}

	if ('label' in query) {
		return `::-p-label(${quoted(query.label)})`;
	}

	const spec = typeof query.text === 'string' ? {exact: query.text} : {source: query.text.source, flags: query.text.flags};
	return `::-p-shownText(${quoted(JSON.stringify(spec))})`;
}
