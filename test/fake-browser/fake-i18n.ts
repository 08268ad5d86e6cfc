import {readFileSync} from 'node:fs';

type Entry = {message: string; placeholders?: Record<string, {content: string}>};

const catalogs = new Map<string, Record<string, Entry>>();

function catalog(locale: string): Record<string, Entry> {
	let messages = catalogs.get(locale);
	if (!messages) {
		const file = new URL(`../../extension/_locales/${locale}/messages.json`, import.meta.url);
		messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Entry>;
		catalogs.set(locale, messages);
	}

	return messages;
}

/** `i18n.getMessage` as browsers do it: the catalog of the UI language, named placeholders, then `$1`…`$9`; "" for an unknown key. */
export function createFakeI18n(getLocale: () => string) {
	return {
		getMessage(key: string, substitutions: string | string[] = []): string {
			const entry = catalog(getLocale())[key];
			if (!entry) {
				return '';
			}

			const args = Array.isArray(substitutions) ? substitutions : [substitutions];
			return entry.message
				.replaceAll(/\$(\w+)\$/g, (placeholder, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? placeholder)
				.replaceAll(/\$(\d)/g, (_placeholder, index: string) => args[Number(index) - 1] ?? '');
		},
		getUILanguage: () => getLocale(),
	};
}
