import browser, {type Commands} from 'webextension-polyfill';
import {t} from '../shared/i18n';

/** Which browser's rules apply: only Chrome has global shortcuts, and each changes them on its own page. */
export type ShortcutBrowser = 'chromium' | 'firefox';

/** A keyboard command as the options page shows it; `keys` is empty when none is assigned (another extension may hold them). */
export type Shortcut = {name: string; description: string; keys: string; global: boolean};

/** The manifest's `commands`; `global` is Chrome's, which `commands.getAll()` does not report. */
export type DeclaredCommands = Record<string, {global?: boolean}>;

export function shortcutsOf(commands: Commands.Command[], declared: DeclaredCommands, where: ShortcutBrowser): Shortcut[] {
	return commands.map(({name = '', description, shortcut}) => ({
		name,
		// The toolbar button's own command has no description of ours.
		description: name === '_execute_action' ? t('options_shortcutOpenPopup') : description || name,
		keys: shortcut ?? '',
		global: where === 'chromium' && declared[name]?.global === true,
	}));
}

const shortcutBrowser = (): ShortcutBrowser => (browser.runtime.getURL('').startsWith('moz-extension:') ? 'firefox' : 'chromium');

/** What the options page shows of the shortcuts, and whether its button can open the browser's page for them. */
export type ShortcutsInfo = {where: ShortcutBrowser; shortcuts: Shortcut[]; canOpenSettings: boolean};

export async function readShortcuts(): Promise<ShortcutsInfo> {
	const where = shortcutBrowser();
	const {commands = {}} = browser.runtime.getManifest() as {commands?: DeclaredCommands};
	return {
		where,
		shortcuts: shortcutsOf(await browser.commands.getAll(), commands, where),
		// Firefox opens its page itself where it can; Chrome's is a chrome:// address, which a link cannot open but a new tab can.
		canOpenSettings: where === 'chromium' || typeof browser.commands.openShortcutSettings === 'function',
	};
}

export async function openShortcutSettings(where: ShortcutBrowser): Promise<void> {
	await (where === 'firefox' ? browser.commands.openShortcutSettings() : browser.tabs.create({url: 'chrome://extensions/shortcuts'}));
}
