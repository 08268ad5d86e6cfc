// @vitest-environment happy-dom
import {act, renderHook, waitFor} from '@testing-library/preact';
import {fakeBrowser, fakeWorker} from '../../test/fake-browser/fake-page-browser';
import {makePageView} from '../../test/fake-browser/page-view-fixture';
import type {Reply} from '../messaging/protocol';
import {useAction} from './use-action';
import {useWorkerState} from './use-worker-state';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/fake-browser/fake-page-browser')).fakeBrowser}));

describe('useWorkerState', () => {
	beforeEach(() => {
		fakeWorker.reset(makePageView());
	});

	/** A worker that holds its answers to `get-state` until the test lets each one go. */
	function holdStateReplies() {
		const held: Array<() => void> = [];
		fakeWorker.answer(
			'get-state',
			(_request, state) =>
				new Promise(resolve => {
					const reply = structuredClone(state);
					held.push(() => {
						resolve({ok: true, state: reply});
					});
				}),
		);
		return held;
	}

	it('paints from the published view without waiting for the worker, and asks the worker alongside', async () => {
		holdStateReplies();
		const {result} = renderHook(() => useWorkerState());
		await waitFor(() => expect(result.current.state?.offers).toHaveLength(2));
		expect(fakeWorker.sent('get-state')).toHaveLength(1);
	});

	it('follows the published view as the worker changes it, without asking again', async () => {
		const {result} = renderHook(() => useWorkerState());
		await waitFor(() => expect(result.current.state?.offers).toHaveLength(2));
		const asked = fakeWorker.requests.length;
		fakeWorker.change(state => {
			state.offers.pop();
		});
		await waitFor(() => expect(result.current.state?.offers).toHaveLength(1));
		fakeWorker.change(state => {
			state.pausedOfferIds = [101];
		});
		await waitFor(() => expect(result.current.state?.pausedOfferIds).toEqual([101]));
		expect(fakeWorker.requests).toHaveLength(asked);
	});

	it('never lets a reply older than the view it shows overwrite it', async () => {
		const held = holdStateReplies();
		const {result} = renderHook(() => useWorkerState());
		await waitFor(() => expect(held).toHaveLength(1));
		fakeWorker.change(state => {
			state.offers.pop();
		});
		await waitFor(() => expect(result.current.state?.offers).toHaveLength(1));
		// The reply to the first request left the worker before the change, and arrives after it.
		await act(async () => {
			held[0]!();
		});
		expect(result.current.state?.offers).toHaveLength(1);
	});

	it('takes the state from the reply to any request', async () => {
		const {result} = renderHook(() => useWorkerState());
		await waitFor(() => expect(result.current.state).toBeDefined());
		const reply = await result.current.send({type: 'pause-all'});
		expect(reply.ok).toBe(true);
		await waitFor(() => expect(result.current.state?.pausedOfferIds).toEqual([101]));
	});

	it('shows the published view while the worker does not answer', async () => {
		fakeBrowser.runtime.sendMessage.mockRejectedValueOnce(new Error('No receiving end'));
		const {result} = renderHook(() => useWorkerState());
		await waitFor(() => expect(result.current.failure?.code).toBe('worker-unreachable'));
		await waitFor(() => expect(result.current.state?.offers).toHaveLength(2));
	});

	it('reports a worker that does not answer when nothing was published yet, and recovers on reload', async () => {
		fakeWorker.reset(makePageView(), {published: false});
		fakeBrowser.runtime.sendMessage.mockRejectedValueOnce(new Error('No receiving end'));
		const {result} = renderHook(() => useWorkerState());
		await waitFor(() => expect(result.current.failure?.code).toBe('worker-unreachable'));
		expect(result.current.state).toBeUndefined();
		result.current.reload();
		await waitFor(() => expect(result.current.state).toBeDefined());
		expect(result.current.failure).toBeUndefined();
	});

	it('stops watching when the page goes away', async () => {
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
		const send = vi.fn(
			async () =>
				new Promise<Reply>(resolve => {
					answer = resolve;
				}),
		);
		const {result} = renderHook(() => useAction(send));
		let running: Promise<Reply> | undefined;
		act(() => {
			running = result.current.run({type: 'pause-all'});
		});
		expect(result.current.busy).toBe(true);
		await act(async () => {
			answer({ok: false, error: {code: 'network', message: 'AdultWork cannot be reached'}, state: makePageView()});
			await running;
		});
		expect(result.current.busy).toBe(false);
		expect(result.current.error?.message).toBe('AdultWork cannot be reached');
	});
});
