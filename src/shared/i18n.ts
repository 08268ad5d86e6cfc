import browser from 'webextension-polyfill';
import type english from '../../extension/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

/**
A message in the browser's language. The browser itself falls back to English (the
manifest's `default_locale`) for a message a translation lacks, so no catalog is bundled:
it would double every page's and the worker's size on the wire for nothing.
*/
export function t(key: MessageKey, ...args: Array<string | number>): string {
	return browser.i18n.getMessage(key, args.map(String)) || key;
}

export function uiLanguage(): string {
	try {
		return browser.i18n.getUILanguage();
	} catch {
		return 'en';
	}
}
