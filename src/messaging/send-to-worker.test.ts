// @vitest-environment node
import {fakeBrowser} from '../../test/fake-browser/fake-page-browser';
import {sendToWorker} from './send-to-worker';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/fake-browser/fake-page-browser')).fakeBrowser}));

it.each([
	['nothing', undefined],
	['no object', 'ok'],
	['success without a state', {ok: true}],
	['failure without an error', {ok: false}],
])('turns a reply with %s into an error instead of a crash', async (_case, reply) => {
	fakeBrowser.runtime.sendMessage.mockResolvedValueOnce(reply);
	expect(await sendToWorker({type: 'get-state'})).toMatchObject({ok: false, error: {code: 'invalid-reply'}});
});

it('says so when the worker cannot be reached', async () => {
	fakeBrowser.runtime.sendMessage.mockRejectedValueOnce(new Error('Could not establish connection'));
	expect(await sendToWorker({type: 'get-state'})).toMatchObject({ok: false, error: {code: 'worker-unreachable'}});
});

it('passes the worker’s replies on, successes and failures', async () => {
	const failure = {ok: false, error: {code: 'not-signed-in', message: 'Sign in first'}};
	fakeBrowser.runtime.sendMessage.mockResolvedValueOnce(failure);
	expect(await sendToWorker({type: 'refresh', force: true})).toEqual(failure);
	const success = {ok: true, state: {signedIn: false, offers: []}};
	fakeBrowser.runtime.sendMessage.mockResolvedValueOnce(success);
	expect(await sendToWorker({type: 'get-state'})).toEqual(success);
});
