// @vitest-environment happy-dom
import {render, screen, waitFor} from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import {fakeBrowser, fakeWorker} from '../../test/fake-browser/fake-page-browser';
import {descriptionOf, unnamedControls} from '../../test/helpers/page-queries';
import {makePageView, signedOutView} from '../../test/fake-browser/page-view-fixture';
import type {ErrorCode, ErrorInfo, PageView} from '../messaging/protocol';
import {sendToWorker} from '../messaging/send-to-worker';
import {AccountSummary} from './account-summary';
import {ApiKeySection} from './api-key-section';
import {App} from './app';
import {DeveloperSignIn} from './developer-sign-in';
import {EnvironmentSection} from './environment-section';
import {HostAccess} from './host-access';
import {RedirectUrl} from './redirect-url';
import {SettingsForm} from './settings-form';
import {valuesFromConfig} from './settings-values';
import {SignInSection} from './sign-in-section';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/fake-browser/fake-page-browser')).fakeBrowser}));

describe('App', () => {
	it('shows the settings of a signed-out user', async () => {
		fakeWorker.reset(signedOutView());
		render(<App />);
		expect(await screen.findByText('Not signed in.')).toBeDefined();
		expect(screen.getByRole('heading', {level: 1, name: 'DirectCam offers: settings'})).toBeDefined();
		expect(screen.getByRole('textbox', {name: 'Redirect URL'})).toHaveProperty('value', 'https://fake-extension-id.chromiumapp.org/');
	});

	it('shows who is signed in, and follows the worker when that changes', async () => {
		fakeWorker.reset(makePageView());
		render(<App />);
		expect(await screen.findByText('Signed in as user 4242.')).toBeDefined();
		fakeWorker.change(state => {
			state.signedIn = false;
		});
		expect(await screen.findByText('Not signed in.')).toBeDefined();
	});

	it('says when the extension worker does not answer and has published nothing yet', async () => {
		fakeWorker.reset(makePageView(), {published: false});
		fakeBrowser.runtime.sendMessage.mockRejectedValueOnce(new Error('No receiving end'));
		render(<App />);
		expect(await screen.findByRole('heading', {name: 'The extension is not responding'})).toBeDefined();
	});

	it('gives every control a name, signed in or out, with or without access to the API', async () => {
		const states = [signedOutView(), makePageView({config: {...makePageView().config, hasApiKey: true, hasHostPermission: false}})];
		for (const state of states) {
			fakeWorker.reset(state);
			const view = render(<App />);
			await screen.findByRole('button', {name: 'Save'});
			expect(unnamedControls(view.container as HTMLElement)).toEqual([]);
			view.unmount();
		}
	});

	it('is usable by keyboard alone: tab past Sign in to Remember me, untick it, tab to Save, press Enter', async () => {
		const user = userEvent.setup();
		fakeWorker.reset(signedOutView());
		render(<App />);
		await screen.findByRole('button', {name: 'Save'});
		await user.tab();
		expect(document.activeElement).toBe(screen.getByRole('button', {name: 'Sign in with AdultWork'}));
		await user.tab();
		expect(document.activeElement).toBe(screen.getByRole('checkbox', {name: 'Remember me'}));
		await user.keyboard(' ');
		expect(screen.getByRole('checkbox', {name: 'Remember me'})).toHaveProperty('checked', false);
		const save = screen.getByRole('button', {name: 'Save'});
		while (document.activeElement !== save) {
			await user.tab();
		}

		await user.keyboard('{Enter}');
		expect(await screen.findByText('Settings saved.')).toBeDefined();
		expect(fakeWorker.sent('set-config')[0]).toMatchObject({environment: 'production', rememberMe: false});
	});
});

describe('SettingsForm', () => {
	function renderForm(state: PageView = signedOutView()) {
		fakeWorker.reset(state);
		const reload = vi.fn();
		render(<SettingsForm state={state} send={sendToWorker} reload={reload} />);
		const user = userEvent.setup();
		/** What a developer does first: the fields are folded away below the performer's. */
		const openDeveloperSettings = async () => user.click(screen.getByText('Developer settings'));
		return {reload, user, openDeveloperSettings};
	}

	const field = (name: string) => screen.getByLabelText(name);
	const developerSettings = () => screen.getByText('Developer settings').closest('details')!;

	it('saves the environment, client ID and remember me together', async () => {
		const {user, openDeveloperSettings} = renderForm();
		await openDeveloperSettings();
		await user.click(screen.getByRole('radio', {name: 'AdultWork sandbox'}));
		await user.clear(field('Client ID'));
		await user.type(field('Client ID'), ' my-client ');
		await user.click(screen.getByRole('checkbox', {name: 'Remember me'}));
		await user.click(screen.getByRole('button', {name: 'Save'}));
		expect(fakeWorker.sent('set-config')).toEqual([{type: 'set-config', environment: 'sandbox', clientId: 'my-client', rememberMe: false}]);
		expect(await screen.findByText('Settings saved.')).toBeDefined();
	});

	it('refuses a custom API base URL that is not https, or http on this computer, beside the field, and sends nothing', async () => {
		const {user, openDeveloperSettings} = renderForm();
		await openDeveloperSettings();
		await user.type(field('API base URL'), 'http://example.com{Enter}');
		expect(screen.getByRole('radio', {name: 'Custom'})).toHaveProperty('checked', true);
		expect(descriptionOf(field('API base URL'))).toContain('Enter an https:// address, or http:// on 127.0.0.1 or localhost');
		expect(document.activeElement).toBe(field('API base URL'));
		expect(fakeWorker.requests).toEqual([]);
		expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
	});

	it('asks for a custom API’s host inside the click, before anything is sent', async () => {
		const {user, openDeveloperSettings} = renderForm();
		await openDeveloperSettings();
		await user.type(field('API base URL'), 'http://127.0.0.1:8787/');
		await user.click(screen.getByRole('button', {name: 'Save'}));
		expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({origins: ['http://127.0.0.1/*']});
		await waitFor(() => expect(fakeWorker.sent('set-config')).toHaveLength(1));
		expect(fakeWorker.sent('set-config')[0]).toMatchObject({environment: 'custom', customBaseUrl: 'http://127.0.0.1:8787'});
		expect(fakeBrowser.permissions.request.mock.invocationCallOrder[0]).toBeLessThan(fakeBrowser.runtime.sendMessage.mock.invocationCallOrder[0]!);
	});

	it('grants access to the saved API from its own button, then asks the worker again', async () => {
		const state = makePageView({config: {...makePageView().config, environment: 'custom', apiBaseUrl: 'http://127.0.0.1:8787', hasHostPermission: false}});
		const {user, reload} = renderForm(state);
		fakeBrowser.permissions.request.mockResolvedValueOnce(false);
		await user.click(screen.getByRole('button', {name: 'Grant access'}));
		expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({origins: ['http://127.0.0.1/*']});
		expect(await screen.findByText(/Access was not granted/)).toBeDefined();
		expect(reload).toHaveBeenCalled();
	});

	it('signs in with AdultWork after saving the client ID, and says so', async () => {
		const {user} = renderForm();
		await user.click(screen.getByRole('button', {name: 'Sign in with AdultWork'}));
		await screen.findByText('Signed in.');
		expect(fakeWorker.requests.map(request => request.type)).toEqual(['set-config', 'sign-in']);
	});

	it('asks for the client ID before signing in', async () => {
		const {user} = renderForm();
		// Emptied, and folded away again.
		await user.click(screen.getByText('Developer settings'));
		await user.clear(field('Client ID'));
		await user.click(screen.getByText('Developer settings'));
		expect(developerSettings().open).toBe(false);
		await user.click(screen.getByRole('button', {name: 'Sign in with AdultWork'}));
		expect(developerSettings().open).toBe(true);
		expect(descriptionOf(field('Client ID'))).toContain('Enter the client ID first.');
		expect(document.activeElement).toBe(field('Client ID'));
		expect(fakeWorker.requests).toEqual([]);
	});

	it.each([
		['bad-client-id', 'AdultWork does not know this client ID', 'Unified Login'],
		['sign-in-cancelled', 'Sign-in was cancelled', 'Nothing changed.'],
	])('explains a failed sign-in (%s)', async (code, message, advice) => {
		const {user} = renderForm();
		fakeWorker.answer('sign-in', (_request, state) => ({ok: false, state, error: {code: code as ErrorCode, message}}));
		await user.click(screen.getByRole('button', {name: 'Sign in with AdultWork'}));
		const alert = await screen.findByRole('alert');
		expect(alert.textContent).toContain(message);
		expect(alert.textContent).toContain(advice);
	});

	it('signs in with a pasted token on Save, then forgets the field', async () => {
		const {user, openDeveloperSettings} = renderForm();
		await openDeveloperSettings();
		await user.type(field('Access token'), 'pasted-token{Enter}');
		await screen.findByText('Settings saved.');
		expect(fakeWorker.sent('sign-in-with-token')).toEqual([{type: 'sign-in-with-token', token: 'pasted-token'}]);
		expect(field('Access token')).toHaveProperty('value', '');
	});

	it('says when AdultWork refuses a pasted token, with its words', async () => {
		const {user, openDeveloperSettings} = renderForm();
		await openDeveloperSettings();
		fakeWorker.answer('sign-in-with-token', (_request, state) => ({
			ok: false,
			state,
			error: {code: 'unauthorized', message: 'AdultWork refused this token', serverMessage: 'Authorization has been denied for this request.'},
		}));
		await user.type(field('Access token'), 'stale{Enter}');
		const alert = await screen.findByRole('alert');
		expect(alert.textContent).toContain('Authorization has been denied for this request.');
		expect(alert.textContent).toContain('Paste a fresh token');
		expect(screen.queryByText('Settings saved.')).toBeNull();
	});

	it('signs out, and removes the API key', async () => {
		const {user, openDeveloperSettings} = renderForm(makePageView({config: {...makePageView().config, hasApiKey: true}}));
		await openDeveloperSettings();
		await user.click(screen.getByRole('button', {name: 'Sign out'}));
		await screen.findByText('Signed out.');
		await user.click(screen.getByRole('button', {name: 'Remove API key'}));
		await screen.findByText('API key removed.');
		expect(fakeWorker.requests).toEqual([{type: 'sign-out'}, {type: 'set-config', apiKey: ''}]);
	});

	it('shows a refused configuration under Save', async () => {
		const {user} = renderForm();
		fakeWorker.answer('set-config', (_request, state) => ({ok: false, state, error: {code: 'bad-config', message: 'The API base URL is not usable'}}));
		await user.click(screen.getByRole('button', {name: 'Save'}));
		expect((await screen.findByRole('alert')).textContent).toContain('The API base URL is not usable');
	});
});

describe('EnvironmentSection', () => {
	const config = makePageView().config;

	function renderSection(props: Partial<Parameters<typeof EnvironmentSection>[0]> = {}) {
		const handlers = {onChange: vi.fn()};
		render(<EnvironmentSection config={config} values={valuesFromConfig(config)} baseUrlError={undefined} offerCustom {...handlers} {...props} />);
		return handlers;
	}

	it('offers Production, AdultWork sandbox and Custom', async () => {
		const {onChange} = renderSection();
		expect(screen.getByRole('group', {name: 'Environment'})).toBeDefined();
		expect(screen.getByRole('radio', {name: 'Production'})).toHaveProperty('checked', true);
		await userEvent.click(screen.getByRole('radio', {name: 'AdultWork sandbox'}));
		expect(onChange).toHaveBeenCalledWith({environment: 'sandbox'});
	});

	it('offers no custom API outside the local build', () => {
		renderSection({offerCustom: false});
		expect(screen.getAllByRole('radio').map(radio => radio.parentElement!.textContent)).toEqual(['Production', 'AdultWork sandbox']);
		expect(screen.queryByRole('textbox', {name: 'API base URL'})).toBeNull();
	});

	it('chooses Custom as soon as an API base URL is typed, and shows its error beside it', async () => {
		const {onChange} = renderSection({baseUrlError: 'Enter an http:// or https:// address'});
		const url = screen.getByRole('textbox', {name: 'API base URL'});
		expect(descriptionOf(url)).toContain('Enter an http:// or https:// address');
		await userEvent.type(url, 'h');
		expect(onChange).toHaveBeenCalledWith({customBaseUrl: 'h', environment: 'custom'});
	});
});

describe('HostAccess', () => {
	const config = makePageView().config;

	it('offers Grant access when the API host still needs permission, and says when it was refused', async () => {
		const onGrantAccess = vi.fn();
		render(<HostAccess config={{...config, apiBaseUrl: 'http://127.0.0.1:8787', hasHostPermission: false}} grantRefused onGrantAccess={onGrantAccess} />);
		expect(screen.getByText('The extension may not reach 127.0.0.1:8787 yet.')).toBeDefined();
		expect(screen.getByText(/Access was not granted/)).toBeDefined();
		await userEvent.click(screen.getByRole('button', {name: 'Grant access'}));
		expect(onGrantAccess).toHaveBeenCalled();
	});

	it('asks for nothing when the host is reachable', () => {
		render(<HostAccess config={config} grantRefused={false} onGrantAccess={() => undefined} />);
		expect(screen.queryByRole('button', {name: 'Grant access'})).toBeNull();
	});
});

describe('SignInSection', () => {
	function renderSection(state: PageView, error?: ErrorInfo) {
		const handlers = {onChange: vi.fn(), onSignIn: vi.fn(), onSignOut: vi.fn()};
		render(<SignInSection state={state} values={valuesFromConfig(state.config)} error={error} busy={false} {...handlers} />);
		return handlers;
	}

	it('has remember me and the sign-in button, and nothing of a developer’s', async () => {
		const {onChange, onSignIn} = renderSection(signedOutView());
		expect(screen.queryByRole('textbox', {name: 'Client ID'})).toBeNull();
		expect(screen.queryByLabelText('Access token')).toBeNull();
		await userEvent.click(screen.getByRole('checkbox', {name: 'Remember me'}));
		expect(onChange).toHaveBeenCalledWith({rememberMe: false});
		await userEvent.click(screen.getByRole('button', {name: 'Sign in with AdultWork'}));
		expect(onSignIn).toHaveBeenCalled();
		expect(screen.queryByRole('button', {name: 'Sign out'})).toBeNull();
	});

	it('offers Sign out once signed in', async () => {
		const {onSignOut} = renderSection(makePageView());
		await userEvent.click(screen.getByRole('button', {name: 'Sign out'}));
		expect(onSignOut).toHaveBeenCalled();
	});

	it('says what went wrong, what AdultWork said, and what to do', () => {
		renderSection(signedOutView(), {
			code: 'unauthorized',
			message: 'AdultWork refused this token',
			serverMessage: 'Authorization has been denied for this request.',
		});
		expect(screen.getByRole('alert').textContent).toBe(
			'AdultWork refused this token' + 'AdultWork said: “Authorization has been denied for this request.”' + 'Paste a fresh token, or sign in with AdultWork.',
		);
	});
});

describe('DeveloperSignIn', () => {
	it('has the client ID as an optional override, the redirect URL and a hidden token field', async () => {
		const onChange = vi.fn();
		const {config} = makePageView();
		render(<DeveloperSignIn config={config} values={valuesFromConfig(config)} clientIdError={undefined} onChange={onChange} />);
		const clientId = screen.getByRole('textbox', {name: 'Client ID'});
		expect(clientId).toHaveProperty('value', 'client-123');
		expect(descriptionOf(clientId)).toMatch(/^Optional\./);
		expect(screen.getByRole('textbox', {name: 'Redirect URL'})).toHaveProperty('value', config.redirectUrl);
		expect(screen.getByLabelText('Access token')).toHaveProperty('type', 'password');
		await userEvent.type(screen.getByLabelText('Access token'), 't');
		expect(onChange).toHaveBeenCalledWith({accessToken: 't'});
	});
});

describe('ApiKeySection', () => {
	const values = valuesFromConfig(makePageView().config);

	it('takes an API key without ever showing one', async () => {
		const onChange = vi.fn();
		render(<ApiKeySection hasApiKey={false} values={values} onChange={onChange} onRemove={() => undefined} />);
		const field = screen.getByLabelText('API key');
		expect(field).toHaveProperty('type', 'password');
		await userEvent.type(field, 'k');
		expect(onChange).toHaveBeenCalledWith({apiKey: 'k'});
		expect(screen.queryByRole('button', {name: 'Remove API key'})).toBeNull();
	});

	it('says a key is saved, and removes it', async () => {
		const onRemove = vi.fn();
		render(<ApiKeySection hasApiKey values={values} onChange={() => undefined} onRemove={onRemove} />);
		expect(screen.getByLabelText('API key').getAttribute('placeholder')).toBe('Saved; type to replace');
		await userEvent.click(screen.getByRole('button', {name: 'Remove API key'}));
		expect(onRemove).toHaveBeenCalled();
	});
});

describe('AccountSummary', () => {
	const now = new Date(2031, 0, 1, 13, 50).getTime();

	it('shows who is signed in: user, group, manager or not, and when the sign-in ends', () => {
		const state = makePageView({
			account: {userId: 4242, email: 'ruby@example.com', groupId: 77, groupName: 'Stars', isGroupManager: true, tokenExpiresAt: now + 15 * 60_000},
		});
		render(<AccountSummary state={state} now={now} />);
		const status = screen.getByRole('status');
		expect(status.textContent).toContain('Signed in as user 4242.');
		expect(status.textContent).toContain('4242 (ruby@example.com)');
		expect(status.textContent).toContain('Stars (77)');
		expect(status.textContent).toContain('Group managerYes');
		expect(status.textContent).toMatch(/Valid until .*14:05 \(in 15 minutes\)/);
	});

	it('says when the sign-in expired, or that a pasted token’s lifetime is unknown', () => {
		const {rerender} = render(<AccountSummary state={makePageView({account: {userId: 1, isGroupManager: false, tokenExpiresAt: now - 60_000}})} now={now} />);
		expect(screen.getByRole('status').textContent).toMatch(/Expired at .*13:49 \(1 minute ago\)/);
		expect(screen.getByRole('status').textContent).toContain('Group managerNo');
		expect(screen.getByRole('status').textContent).toContain('None (or not shared with the extension)');
		rerender(<AccountSummary state={makePageView({account: {userId: 1, isGroupManager: false}})} now={now} />);
		expect(screen.getByRole('status').textContent).toContain('A pasted token: AdultWork did not say when it expires.');
	});

	it('says when no one is signed in', () => {
		render(<AccountSummary state={makePageView({signedIn: false, account: undefined})} />);
		expect(screen.getByRole('status').textContent).toBe('Not signed in.');
	});
});

describe('RedirectUrl', () => {
	it('shows the redirect URL to register, and copies it', async () => {
		const user = userEvent.setup();
		render(<RedirectUrl url="https://abc.chromiumapp.org/" />);
		expect(screen.getByRole('textbox', {name: 'Redirect URL'})).toHaveProperty('value', 'https://abc.chromiumapp.org/');
		await user.click(screen.getByRole('button', {name: 'Copy'}));
		expect(await navigator.clipboard.readText()).toBe('https://abc.chromiumapp.org/');
		expect(screen.getByText('Copied.')).toBeDefined();
	});
});
