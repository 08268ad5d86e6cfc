// @vitest-environment happy-dom
import {render, screen} from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import {fakeBrowser, fakeWorker} from '../../test/helpers/fake-page-browser';
import {makeState} from '../../test/helpers/page-state';
import {sendToWorker} from '../messaging/send-to-worker';
import {RefreshStatus} from './refresh-status';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/helpers/fake-page-browser')).fakeBrowser}));

it('says when the offers were fetched, or that a refresh runs', () => {
	const state = makeState({fetchedAt: new Date(2031, 0, 1, 13, 50).getTime()});
	const {rerender} = render(<RefreshStatus state={state} send={sendToWorker}/>);
	expect(screen.getByRole('status').textContent).toMatch(/^Updated .*13:50/);
	rerender(<RefreshStatus state={{...state, refreshing: true}} send={sendToWorker}/>);
	expect(screen.getByRole('status').textContent).toBe('Refreshing…');
});

it('forces a refresh, and says so when the worker does not answer', async () => {
	fakeWorker.reset(makeState());
	render(<RefreshStatus state={makeState()} send={sendToWorker}/>);
	await userEvent.click(screen.getByRole('button', {name: 'Refresh'}));
	expect(fakeWorker.sent('refresh')).toEqual([{type: 'refresh', force: true}]);
	fakeBrowser.runtime.sendMessage.mockRejectedValueOnce(new Error('gone'));
	await userEvent.click(screen.getByRole('button', {name: 'Refresh'}));
	expect((await screen.findByRole('alert')).textContent).toContain('did not answer');
});
