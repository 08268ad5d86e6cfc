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

/** A number as the UI language writes it: 1,234.5 in English is 1.234,5 in German. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
	return new Intl.NumberFormat(uiLanguage(), options).format(value);
}

/**
Credits as AdultWork shows them, in the UI language: "18" when whole, else two decimals
("25.50", German "25,50"). Without grouping for text the user edits, which reads it back.
*/
export function formatCredits(credits: number, {grouping = true} = {}): string {
	const digits = Math.round(credits * 100) % 100 === 0 ? 0 : 2;
	return formatNumber(credits, {minimumFractionDigits: digits, maximumFractionDigits: 2, useGrouping: grouping});
}

/** A rate a minute, always with two decimals: "0.60", German "0,60". */
export function formatRate(rate: number): string {
	return formatNumber(rate, {minimumFractionDigits: 2, maximumFractionDigits: 2});
}

/** A share as a whole percentage: "20%", German "20 %". */
export function formatPercent(fraction: number): string {
	return formatNumber(fraction, {style: 'percent', maximumFractionDigits: 0});
}

/** Which of a message's plural forms the UI language uses for this count (the browser's i18n has none). */
export function pluralKey<K extends MessageKey>(count: number, one: K, other: K): K {
	return new Intl.PluralRules(uiLanguage()).select(count) === 'one' ? one : other;
}

type I18n = {getMessage(key: string, substitutions?: string[]): string; getUILanguage(): string};

/**
`chrome.i18n` is one synchronous API in Chromium and Firefox (which has `chrome` too), so no
polyfill is needed here, and the worker's pure rules may word their errors too.
*/
const i18n = (): I18n | undefined => (globalThis as {chrome?: {i18n?: I18n}}).chrome?.i18n;
