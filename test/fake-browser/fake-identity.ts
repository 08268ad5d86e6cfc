import type {Identity} from 'webextension-polyfill';

export type SignInUser = 'allow' | 'cancel' | 'close';

/**
`identity.launchWebAuthFlow` against a real sign-in page over HTTP, the way a browser
window would: it follows redirects with the window's cookies, stops at the extension's
redirect URL, and, on a page that asks the user, presses the button the test chose
(`user`). Without `interactive` such a page fails, as in Chrome.
*/
export function createFakeIdentity(extensionId: string) {
	const redirectUrl = `https://${extensionId}.chromiumapp.org/`;
	const cookies = new Map<string, string>();
	const launches: Array<{url: string; interactive: boolean}> = [];
	let held: Promise<void> | undefined;
	const state = {
		user: 'allow' as SignInUser,
		launches,
		cookies,
		/** Form fields the person sets before pressing (the local API's `user` select, say). */
		choices: {} as Record<string, string>,
		/** Changes the address the window ends on, as a forged or stale redirect would. */
		tamper: undefined as ((redirectedTo: string) => string) | undefined,
		/** Keeps every window open on its redirect, as a person still on the page would, until the returned function is called. */
		holdOpen(): () => void {
			let close!: () => void;
			held = new Promise<void>(resolve => {
				close = resolve;
			});
			return () => {
				held = undefined;
				close();
			};
		},
	};

	function keepCookies(response: Response) {
		for (const line of response.headers.getSetCookie()) {
			const [pair = ''] = line.split(';');
			const [name = '', ...value] = pair.split('=');
			cookies.set(name.trim(), value.join('=').trim());
		}
	}

	async function load(url: string, init: RequestInit = {}): Promise<Response> {
		const headers = new Headers(init.headers);
		if (cookies.size > 0) {
			headers.set('cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
		}

		const response = await fetch(url, {...init, headers, redirect: 'manual'});
		keepCookies(response);
		return response;
	}

	/** The form button a person would press for the chosen answer: its form's fields plus the button's own name and value. */
	function press(html: string, pageUrl: string, answer: RegExp): {url: string; init: RequestInit} {
		for (const [, attributes = '', body = ''] of html.matchAll(/<form([^>]*)>([\s\S]*?)<\/form>/gi)) {
			const buttons = [...body.matchAll(/<button([^>]*)>([\s\S]*?)<\/button>/gi)];
			const button = buttons.find(([, , label = '']) => answer.test(label));
			if (!button) {
				continue;
			}

			const fields = new URLSearchParams();
			for (const [input = ''] of body.matchAll(/<input[^>]*>/gi)) {
				const name = /name="([^"]*)"/i.exec(input)?.[1];
				if (name) {
					fields.append(name, decodeEntities(/value="([^"]*)"/i.exec(input)?.[1] ?? ''));
				}
			}

			for (const [, select = '', options = ''] of body.matchAll(/<select([^>]*)>([\s\S]*?)<\/select>/gi)) {
				const name = /name="([^"]*)"/i.exec(select)?.[1];
				const chosen = /<option[^>]*value="([^"]*)"[^>]*\sselected/i.exec(options)?.[1] ?? /<option[^>]*value="([^"]*)"/i.exec(options)?.[1];
				if (name && chosen !== undefined) {
					fields.append(name, decodeEntities(chosen));
				}
			}

			for (const [name, value] of Object.entries(state.choices)) {
				fields.set(name, value);
			}

			const buttonName = /name="([^"]*)"/i.exec(button[1] ?? '')?.[1];
			if (buttonName) {
				fields.append(buttonName, decodeEntities(/value="([^"]*)"/i.exec(button[1] ?? '')?.[1] ?? ''));
			}

			const action = new URL(decodeEntities(/action="([^"]*)"/i.exec(attributes)?.[1] ?? pageUrl), pageUrl);
			if (/method="post"/i.test(attributes)) {
				return {url: action.href, init: {method: 'POST', body: fields, headers: {'content-type': 'application/x-www-form-urlencoded'}}};
			}

			action.search = fields.toString();
			return {url: action.href, init: {}};
		}

		throw new Error(`The sign-in page has no button for ${answer}`);
	}

	async function launchWebAuthFlow({url, interactive = false}: Identity.LaunchWebAuthFlowDetailsType): Promise<string> {
		launches.push({url, interactive});
		let next = {url, init: {} as RequestInit};
		for (let step = 0; step < 10; step++) {
			const response = await load(next.url, next.init);
			const location = response.headers.get('location');
			if (response.status >= 300 && response.status < 400 && location) {
				const target = new URL(location, next.url).href;
				if (target.startsWith(redirectUrl)) {
					await held;
					return state.tamper ? state.tamper(target) : target;
				}

				next = {url: target, init: {}};
				continue;
			}

			if (response.status >= 400) {
				throw new Error('Authorization page could not be loaded.');
			}

			if (!interactive) {
				throw new Error('User interaction required.');
			}

			if (state.user === 'close') {
				throw new Error('The user did not approve access.');
			}

			next = press(await response.text(), next.url, state.user === 'allow' ? /allow/i : /cancel/i);
		}

		throw new Error('Too many redirects in the sign-in window.');
	}

	return {
		state,
		api: {getRedirectURL: (path = '') => redirectUrl + path, launchWebAuthFlow},
	};
}

function decodeEntities(text: string): string {
	return text.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>');
}
