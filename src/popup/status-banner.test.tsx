// @vitest-environment happy-dom
import {render, screen} from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import {fakeWorker} from '../../test/helpers/fake-page-browser';
import {makeState} from '../../test/helpers/page-state';
import type {State} from '../messaging/protocol';
import {sendToWorker} from '../messaging/send-to-worker';
import {StatusBanner} from './status-banner';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/helpers/fake-page-browser')).fakeBrowser}));

function renderBanner(state: State) {
	fakeWorker.reset(state);
	const view = render(<StatusBanner state={state} send={sendToWorker}/>);
	return {view, user: userEvent.setup()};
}

it('says nothing when all is well', () => {
	const {view} = renderBanner(makeState());
	expect(view.container.innerHTML).toBe('');
});

it('says AdultWork cannot be reached, that the offers shown are cached, and tries again', async () => {
	const {user} = renderBanner(makeState({error: {code: 'network', message: 'fetch failed'}, fetchedAt: new Date(2031, 0, 1, 13, 50).getTime()}));
	const banner = screen.getByRole('alert');
	expect(banner.textContent).toContain('AdultWork cannot be reached.');
	expect(banner.textContent).toMatch(/Showing offers as of .*13:50/);
	await user.click(screen.getByRole('button', {name: 'Try again'}));
	expect(fakeWorker.sent('refresh')).toEqual([{type: 'refresh', force: true}]);
});

it('says the browser is offline', () => {
	vi.spyOn(navigator, 'onLine', 'get').mockReturnValueOnce(false);
	renderBanner(makeState({error: {code: 'network', message: 'fetch failed'}}));
	expect(screen.getByRole('alert').textContent).toContain('You are offline.');
});

it('shows any other error with the server’s message', () => {
	renderBanner(makeState({error: {code: 'rate-limited', message: 'Too many requests to AdultWork', serverMessage: 'Slow down'}}));
	expect(screen.getByRole('alert').textContent).toContain('Too many requests to AdultWorkAdultWork said: “Slow down”');
});

it('asks to sign in again when the sign-in expired', async () => {
	const {user} = renderBanner(makeState({error: {code: 'unauthorized', message: 'AdultWork no longer accepts the sign-in'}}));
	await user.click(screen.getByRole('button', {name: 'Sign in again'}));
	expect(fakeWorker.sent('sign-in')).toHaveLength(1);
});

it('sends to the options when the API host still needs the user’s permission', () => {
	renderBanner(makeState({config: {...makeState().config, apiBaseUrl: 'http://127.0.0.1:8787', hasHostPermission: false}}));
	expect(screen.getByRole('status').textContent).toContain('The extension may not reach 127.0.0.1:8787 yet.');
	expect(screen.getByRole('link', {name: 'Options'})).toBeDefined();
});
