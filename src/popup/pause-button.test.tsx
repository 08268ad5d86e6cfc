// @vitest-environment happy-dom
import {render, screen} from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import {fakeWorker} from '../../test/helpers/fake-page-browser';
import {makeState} from '../../test/helpers/page-state';
import type {State} from '../messaging/protocol';
import {sendToWorker} from '../messaging/send-to-worker';
import {PauseButton} from './pause-button';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/helpers/fake-page-browser')).fakeBrowser}));

function renderButton(state: State) {
	fakeWorker.reset(state);
	render(<PauseButton state={state} send={sendToWorker}/>);
	return userEvent.setup();
}

it('pauses every offer with one press', async () => {
	const user = renderButton(makeState());
	await user.click(screen.getByRole('button', {name: 'Pause all offers'}));
	expect(fakeWorker.sent('pause-all')).toHaveLength(1);
});

it('offers Resume, with how many offers it brings back', async () => {
	const user = renderButton(makeState({pausedOfferIds: [101, 102]}));
	expect(screen.getByText('Paused offers: 2')).toBeDefined();
	await user.click(screen.getByRole('button', {name: 'Resume'}));
	expect(fakeWorker.sent('resume-all')).toHaveLength(1);
});

it('says why pausing failed', async () => {
	const user = renderButton(makeState());
	fakeWorker.answer('pause-all', (_request, state) => ({ok: false, state, error: {code: 'network', message: 'AdultWork cannot be reached'}}));
	await user.click(screen.getByRole('button', {name: 'Pause all offers'}));
	expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'AdultWork cannot be reached');
});
