// @vitest-environment happy-dom
import {act, renderHook, waitFor} from '@testing-library/preact';
import {fakeBrowser, fakeWorker} from '../../test/helpers/fake-page-browser';
import {makeState} from '../../test/helpers/page-state';
import type {Reply} from '../messaging/protocol';
import {useAction} from './use-action';
import {useWorkerState} from './use-worker-state';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/helpers/fake-page-browser')).fakeBrowser}));

describe('useWorkerState', () => {
	beforeEach(() => {
		fakeWorker.reset(makeState());
	});

	it('loads the state, and loads it again when the worker says it changed', async () => {
		const {result} = renderHook(() => useWorkerState());
		await waitFor(() => expect(result.current.state?.offers).toHaveLength(2));
		fakeWorker.change(state => {
			state.offers.pop();
		});
		await waitFor(() => expect(result.current.state?.offers).toHaveLength(1));
	});

	it('turns a burst of changes into one more request after the one in flight', async () => {
		const {result} = renderHook(() => useWorkerState());
		await waitFor(() => expect(result.current.state).toBeDefined());
		const answers: Array<() => void> = [];
		fakeWorker.answer('get-state', (_request, state) => new Promise(resolve => {
			answers.push(() => resolve({ok: true, state}));
		}));
		const before = fakeWorker.sent('get-state').length;
		for (let change = 0; change < 5; change++) {
			fakeWorker.change(() => undefined);
		}

		await waitFor(() => expect(answers).toHaveLength(1));
		answers[0]!();
		await waitFor(() => expect(answers).toHaveLength(2));
		answers[1]!();
		await waitFor(() => expect(result.current.state).toBeDefined());
		expect(fakeWorker.sent('get-state').length - before).toBe(2);
	});

	it('takes the state from the reply to any request', async () => {
		const {result} = renderHook(() => useWorkerState());
		await waitFor(() => expect(result.current.state).toBeDefined());
		const reply = await result.current.send({type: 'pause-all'});
		expect(reply.ok).toBe(true);
		await waitFor(() => expect(result.current.state?.pausedOfferIds).toEqual([101]));
	});

	it('reports a worker that does not answer, and recovers on reload', async () => {
		fakeBrowser.runtime.sendMessage.mockRejectedValueOnce(new Error('No receiving end'));
		const {result} = renderHook(() => useWorkerState());
		await waitFor(() => expect(result.current.failure?.code).toBe('worker-unreachable'));
		result.current.reload();
		await waitFor(() => expect(result.current.state).toBeDefined());
		expect(result.current.failure).toBeUndefined();
	});

	it('stops listening when the page goes away', async () => {
		const {result, unmount} = renderHook(() => useWorkerState());
		await waitFor(() => expect(result.current.state).toBeDefined());
		expect(fakeWorker.listenerCount).toBe(1);
		unmount();
		expect(fakeWorker.listenerCount).toBe(0);
	});
});

describe('useAction', () => {
	it('is busy while the request runs and keeps the refusal for its own message', async () => {
		let answer: (reply: Reply) => void = () => undefined;
		const send = vi.fn(async () => new Promise<Reply>(resolve => {
			answer = resolve;
		}));
		const {result} = renderHook(() => useAction(send));
		let running: Promise<Reply> | undefined;
		act(() => {
			running = result.current.run({type: 'pause-all'});
		});
		expect(result.current.busy).toBe(true);
		await act(async () => {
			answer({ok: false, error: {code: 'network', message: 'AdultWork cannot be reached'}, state: makeState()});
			await running;
		});
		expect(result.current.busy).toBe(false);
		expect(result.current.error?.message).toBe('AdultWork cannot be reached');
	});
});
