import german from '../../extension/_locales/de/messages.json';
import english from '../../extension/_locales/en/messages.json';

type Entry = {message: string; placeholders?: Record<string, {content: string}>};

/** Imported rather than read from disk: page tests run in happy-dom, where `import.meta.url` is no file URL. */
const catalogs: Record<string, Record<string, Entry>> = {en: english, de: german};

/** The browser uses the manifest's `default_locale` for a language the extension has no catalog for. */
const catalog = (locale: string): Record<string, Entry> => catalogs[locale] ?? catalogs[locale.split(/[-_]/)[0]!] ?? english;

/** The `_locales` format, as the browser fills it: named placeholders, then `$1`…`$9`, and `$$` for a dollar. */
export function fillMessage(entry: Entry, args: readonly string[]): string {
	return entry.message
		.replaceAll(/\$(\w+)\$/g, (placeholder, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? placeholder)
		.replaceAll(/\$(\$|\d)/g, (_placeholder, token: string) => (token === '$' ? '$' : (args[Number(token) - 1] ?? '')));
}

/** `i18n.getMessage` as browsers do it: the catalog of the UI language, filled in; "" for an unknown key. */
export function createFakeI18n(getLocale: () => string) {
	return {
		getMessage(key: string, substitutions: string | string[] = []): string {
			const entry = catalog(getLocale())[key];
			return entry ? fillMessage(entry, Array.isArray(substitutions) ? substitutions : [substitutions]) : '';
		},
		getUILanguage: () => getLocale(),
	};
}
