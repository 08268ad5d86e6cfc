// @vitest-environment happy-dom
import {act, renderHook, waitFor} from '@testing-library/preact';
import type {Reply} from '../messaging/protocol';
import {makeState} from '../../test/helpers/page-state';
import {useAction} from './use-action';

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
	act(() => result.current.clearError());
	await waitFor(() => expect(result.current.error).toBeUndefined());
});
