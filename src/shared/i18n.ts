import type english from '../../extension/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

/**
A message in the browser's language. The browser itself falls back to English (the
manifest's `default_locale`) for a message a translation lacks, so no catalog is bundled:
it would double every page's and the worker's size on the wire for nothing.
*/
export function t(key: MessageKey, ...args: Array<string | number>): string {
	return i18n()?.getMessage(key, args.map(String)) || key;
}

export function uiLanguage(): string {
	return i18n()?.getUILanguage() ?? 'en';
}

type I18n = {getMessage(key: string, substitutions?: string[]): string; getUILanguage(): string};

/**
`chrome.i18n` is one synchronous API in Chromium and Firefox (which has `chrome` too), so no
polyfill is needed here, and the worker's pure rules may word their errors too.
*/
const i18n = (): I18n | undefined => (globalThis as {chrome?: {i18n?: I18n}}).chrome?.i18n;
