// @vitest-environment happy-dom
import {render, screen, within} from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import {createFakeI18n} from '../../test/fake-browser/fake-i18n';
import {fakeBrowser, fakeWorker} from '../../test/fake-browser/fake-page-browser';
import {descriptionOf} from '../../test/helpers/page-queries';
import {makePageView, signedOutView} from '../../test/fake-browser/page-view-fixture';
import {App} from './app';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/fake-browser/fake-page-browser')).fakeBrowser}));

/** The page fake knows no commands: these are what Chrome, or Firefox, tells about the shortcuts. */
const commands = {
	getAll: vi.fn(async () => [{name: 'pause-all-offers', description: 'Pause all offers / resume them', shortcut: 'Ctrl+Shift+9'}]),
	openShortcutSettings: vi.fn(async () => undefined),
};
const tabs = {create: vi.fn(async (_properties: {url: string}) => ({}))};
const extensionUrl = vi.fn(() => 'chrome-extension://fake-extension-id/');
const manifest = vi.fn(() => ({commands: {'pause-all-offers': {global: true}}}));
Object.assign(fakeBrowser, {commands, tabs});
Object.assign(fakeBrowser.runtime, {getURL: extensionUrl, getManifest: manifest});

const speak = (language: string) => fakeBrowser.i18n.getMessage.mockImplementation(createFakeI18n(() => language).getMessage);
beforeEach(() => {
	tabs.create.mockClear();
	commands.openShortcutSettings.mockClear();
});
afterEach(() => {
	speak('en');
	extensionUrl.mockReturnValue('chrome-extension://fake-extension-id/');
});

const developerSettings = () => screen.getByText('Developer settings').closest('details')!;
const shortcuts = async () => within((await screen.findByRole('heading', {name: 'Keyboard shortcuts'})).closest('section')!);

describe('what a performer sees first', () => {
	it('signed out: Sign in with AdultWork and Remember me, the developer settings folded away', async () => {
		fakeWorker.reset(signedOutView());
		render(<App />);
		expect(await screen.findByText('Not signed in.')).toBeDefined();
		expect(screen.getByText(/^Sign in with your AdultWork account/)).toBeDefined();
		expect(screen.getByRole('button', {name: 'Sign in with AdultWork'})).toBeDefined();
		expect(screen.getByRole('checkbox', {name: 'Remember me'})).toHaveProperty('checked', true);
		expect(screen.queryByRole('button', {name: 'Sign out'})).toBeNull();
		expect(developerSettings().open).toBe(false);
		for (const label of ['Environment', 'API base URL', 'Client ID', 'Redirect URL', 'Access token', 'API key']) {
			expect(developerSettings().contains(screen.getAllByText(label)[0]!), label).toBe(true);
		}
	});

	it('signed in: who, until when, and Sign out', async () => {
		fakeWorker.reset(makePageView({account: {userId: 1001, isGroupManager: false, tokenExpiresAt: Date.now() + 2 * 3_600_000}}));
		render(<App />);
		const status = await screen.findByText('Signed in as user 1001.');
		expect(status.closest('[role=status]')!.textContent).toMatch(/Valid until .+ \(in 2 hours\)/);
		expect(screen.getByRole('button', {name: 'Sign out'})).toBeDefined();
		expect(screen.queryByText(/^Sign in with your AdultWork account/)).toBeNull();
		expect(developerSettings().open).toBe(false);
	});

	it('in German', async () => {
		speak('de');
		fakeWorker.reset(makePageView({account: {userId: 1001, isGroupManager: false, tokenExpiresAt: Date.now() + 2 * 3_600_000}}));
		render(<App />);
		expect(await screen.findByText('Angemeldet als Benutzer 1001.')).toBeDefined();
		expect(screen.getByRole('button', {name: 'Mit AdultWork anmelden'})).toBeDefined();
		expect(screen.getByRole('button', {name: 'Abmelden'})).toBeDefined();
		expect(screen.getByRole('checkbox', {name: 'Angemeldet bleiben'})).toBeDefined();
		expect(screen.getByText('Entwicklereinstellungen').closest('details')!.open).toBe(false);
		const section = within((await screen.findByRole('heading', {name: 'Tastenkürzel'})).closest('section')!);
		expect(await section.findByText('Funktioniert überall, auch wenn der Browser im Hintergrund ist.')).toBeDefined();
		expect(section.getByRole('button', {name: 'Tastenkürzel ändern'})).toBeDefined();
	});
});

describe('developer settings', () => {
	it('open by themselves on a broken API base URL, with the field focused, and close again at the user’s click', async () => {
		const user = userEvent.setup();
		fakeWorker.reset(makePageView({config: {...makePageView().config, environment: 'custom'}}));
		render(<App />);
		await user.click(await screen.findByRole('button', {name: 'Save'}));
		expect(developerSettings().open).toBe(true);
		expect(document.activeElement).toBe(screen.getByLabelText('API base URL'));
		expect(descriptionOf(screen.getByLabelText('API base URL'))).toContain('Enter an https:// address');
		expect(fakeWorker.requests.filter(request => request.type !== 'get-state')).toEqual([]);
		await user.click(screen.getByText('Developer settings'));
		expect(developerSettings().open).toBe(false);
	});

	it('open by themselves when the worker refuses the settings', async () => {
		const user = userEvent.setup();
		fakeWorker.reset(signedOutView());
		fakeWorker.answer('set-config', (_request, state) => ({
			ok: false,
			state,
			error: {code: 'bad-config', message: 'A custom API is only for the local build'},
		}));
		render(<App />);
		await user.click(await screen.findByRole('button', {name: 'Save'}));
		expect((await screen.findByRole('alert')).textContent).toContain('A custom API is only for the local build');
		expect(developerSettings().open).toBe(true);
	});
});

describe('keyboard shortcuts', () => {
	it('in Chrome: a global shortcut says it works everywhere, and the button opens chrome://extensions/shortcuts in a tab', async () => {
		fakeWorker.reset(makePageView());
		render(<App />);
		const section = await shortcuts();
		expect((await section.findByText('Ctrl+Shift+9')).tagName).toBe('KBD');
		expect(section.getByText('Pause all offers / resume them')).toBeDefined();
		expect(section.getByText('Works everywhere, even while the browser is in the background.')).toBeDefined();
		expect(section.getByText(/chrome:\/\/extensions\/shortcuts/)).toBeDefined();
		await userEvent.click(section.getByRole('button', {name: 'Change shortcuts'}));
		expect(tabs.create).toHaveBeenCalledWith({url: 'chrome://extensions/shortcuts'});
	});

	it('in Chrome: a shortcut that is not global, or has no keys, says so', async () => {
		manifest.mockReturnValueOnce({commands: {'pause-all-offers': {global: false}}});
		commands.getAll.mockResolvedValueOnce([{name: 'pause-all-offers', description: 'Pause all offers / resume them', shortcut: ''}]);
		fakeWorker.reset(makePageView());
		render(<App />);
		const section = await shortcuts();
		expect(await section.findByText('No shortcut assigned')).toBeDefined();
		expect(section.getByText('Works only while the browser has focus.')).toBeDefined();
	});

	it('in Firefox: works only while the browser has focus, changed in about:addons or by the button', async () => {
		extensionUrl.mockReturnValue('moz-extension://uuid/');
		commands.getAll.mockResolvedValueOnce([{name: 'pause-all-offers', description: 'Pause all offers / resume them', shortcut: 'Alt+Shift+O'}]);
		fakeWorker.reset(makePageView());
		render(<App />);
		const section = await shortcuts();
		expect(await section.findByText('Alt+Shift+O')).toBeDefined();
		expect(section.getByText('Works only while the browser has focus.')).toBeDefined();
		expect(section.getByText(/about:addons, click the gear button, then “Manage Extension Shortcuts”/)).toBeDefined();
		await userEvent.click(section.getByRole('button', {name: 'Change shortcuts'}));
		expect(commands.openShortcutSettings).toHaveBeenCalled();
		expect(tabs.create).not.toHaveBeenCalled();
	});

	it('says when the browser does not tell', async () => {
		commands.getAll.mockRejectedValueOnce(new Error('commands is not available'));
		fakeWorker.reset(makePageView());
		render(<App />);
		expect(await (await shortcuts()).findByText('The browser did not say which shortcuts are set.')).toBeDefined();
	});
});
