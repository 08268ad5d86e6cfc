// @vitest-environment node
import {openShortcutSettings, readShortcuts, shortcutsOf} from './shortcuts';

const fake = vi.hoisted(() => ({
	runtime: {getURL: vi.fn((path: string) => `chrome-extension://abc/${path}`), getManifest: vi.fn(() => ({}) as Record<string, unknown>)},
	commands: {
		getAll: vi.fn(async () => [] as Array<{name: string; shortcut?: string; description?: string}>),
		openShortcutSettings: vi.fn(async () => undefined),
	},
	tabs: {create: vi.fn(async (_properties: {url: string}) => ({}))},
}));
vi.mock('webextension-polyfill', () => ({default: fake}));

const pauseAll = {name: 'pause-all-offers', description: 'Pause all offers / resume them', shortcut: 'Ctrl+Shift+9'};

it('tells a global command from one that needs the browser focused, in Chrome only', () => {
	const declared = {'pause-all-offers': {global: true}};
	expect(shortcutsOf([pauseAll], declared, 'chromium')).toEqual([
		{name: 'pause-all-offers', description: 'Pause all offers / resume them', keys: 'Ctrl+Shift+9', global: true},
	]);
	expect(shortcutsOf([pauseAll], {}, 'chromium')[0]?.global).toBe(false);
	// Firefox has no global shortcuts, whatever a manifest says.
	expect(shortcutsOf([pauseAll], declared, 'firefox')[0]?.global).toBe(false);
});

it('says so when a command has no keys, and names the toolbar button’s own command', () => {
	expect(
		shortcutsOf(
			[
				{name: '_execute_action', description: ''},
				{name: 'pause-all-offers', shortcut: ''},
			],
			{},
			'chromium',
		),
	).toEqual([
		{name: '_execute_action', description: 'Open the popup', keys: '', global: false},
		{name: 'pause-all-offers', description: 'pause-all-offers', keys: '', global: false},
	]);
});

it('reads the commands beside the manifest’s, and knows Firefox by its extension URLs', async () => {
	fake.commands.getAll.mockResolvedValue([pauseAll]);
	fake.runtime.getManifest.mockReturnValue({commands: {'pause-all-offers': {global: true}}});
	expect(await readShortcuts()).toEqual({where: 'chromium', canOpenSettings: true, shortcuts: [expect.objectContaining({keys: 'Ctrl+Shift+9', global: true})]});
	fake.runtime.getURL.mockReturnValue('moz-extension://uuid/');
	expect(await readShortcuts()).toEqual({where: 'firefox', canOpenSettings: true, shortcuts: [expect.objectContaining({global: false})]});
});

it('opens Chrome’s shortcut page in a new tab, and Firefox’s through its own call', async () => {
	await openShortcutSettings('chromium');
	expect(fake.tabs.create).toHaveBeenCalledWith({url: 'chrome://extensions/shortcuts'});
	await openShortcutSettings('firefox');
	expect(fake.commands.openShortcutSettings).toHaveBeenCalled();
});
