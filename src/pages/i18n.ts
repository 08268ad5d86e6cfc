import browser from 'webextension-polyfill';
import english from '../../extension/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

type MessageEntry = {
	message: string;
	placeholders?: Record<string, {content: string}>;
};

const englishEntries: Partial<Record<string, MessageEntry>> = english;

/** The `_locales` format, as the browser fills it: named placeholders, then `$1`…`$9`, and `$$` for a dollar. */
export function fillMessage(entry: MessageEntry, args: readonly string[]): string {
	const named = entry.message.replaceAll(/\$(\w+)\$/g, (placeholder, name: string) =>
		entry.placeholders?.[name.toLowerCase()]?.content ?? placeholder);
	return named.replaceAll(/\$(\$|\d)/g, (_placeholder, token: string) => token === '$' ? '$' : args[Number(token) - 1] ?? '');
}

/**
A message in the browser's language. The English catalog is the fallback for a key the
browser does not know (a test page, or a message newer than the installed locale files).
*/
export function t(key: MessageKey, ...args: Array<string | number>): string {
	const substitutions = args.map(String);
	let message = '';
	try {
		message = browser.i18n.getMessage(key, substitutions);
	} catch {
		// Outside an extension page there is no i18n API; English will do.
	}

	if (message) {
		return message;
	}

	const entry = englishEntries[key];
	return entry ? fillMessage(entry, substitutions) : key;
}

export function uiLanguage(): string {
	try {
		return browser.i18n.getUILanguage();
	} catch {
		return 'en';
	}
}
