// @vitest-environment happy-dom
import {render, screen} from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import {fakeBrowser, fakeWorker} from '../../test/helpers/fake-page-browser';
import {signedOutState} from '../../test/helpers/page-state';
import type {State} from '../messaging/protocol';
import {sendToWorker} from '../messaging/send-to-worker';
import {SignedOut} from './signed-out';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/helpers/fake-page-browser')).fakeBrowser}));

function renderSignedOut(state: State = signedOutState()) {
	fakeWorker.reset(state);
	render(<SignedOut state={state} send={sendToWorker}/>);
	return userEvent.setup();
}

it('signs in from the popup, and links to the options', async () => {
	const user = renderSignedOut();
	expect(screen.getByText('Sign in to AdultWork to see and change your special offers.')).toBeDefined();
	await user.click(screen.getByRole('button', {name: 'Sign in'}));
	expect(fakeWorker.sent('sign-in')).toHaveLength(1);
	await user.click(screen.getByRole('link', {name: 'Options'}));
	expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalled();
});

it('asks for the client ID first when none is set', () => {
	renderSignedOut({...signedOutState(), config: {...signedOutState().config, clientId: undefined}});
	expect(screen.getByText('Set your AdultWork client ID in the options, then sign in.')).toBeDefined();
});

it.each([
	['bad-client-id', 'AdultWork does not know this client ID', 'Check the client ID in the options.'],
	['sign-in-cancelled', 'Sign-in was cancelled', 'Nothing changed. Sign in again when you are ready.'],
])('explains a failed sign-in (%s)', async (code, message, hint) => {
	const user = renderSignedOut();
	fakeWorker.answer('sign-in', (_request, state) => ({ok: false, state, error: {code, message}}));
	await user.click(screen.getByRole('button', {name: 'Sign in'}));
	expect((await screen.findByRole('alert')).textContent).toBe(message + hint);
});
