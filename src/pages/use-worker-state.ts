import browser from 'webextension-polyfill';
import {useCallback, useLayoutEffect, useRef, useState} from 'preact/hooks';
import {is} from 'superstruct';
import {type ErrorInfo, type Reply, type Request, type State, StateChangedStruct} from '../messaging/protocol';
import {sendToWorker} from '../messaging/send-to-worker';

export type Send = (request: Request) => Promise<Reply>;

export type WorkerState = {
	/** The worker's latest answer; undefined until it first answers. */
	state: State | undefined;
	/** Why the worker could not be asked for the state at all. */
	failure: ErrorInfo | undefined;
	send: Send;
	/** Ask for the state again (after a failure, or a permission granted outside the worker). */
	reload: () => void;
};

/**
The pages' one view of the worker. Every reply carries the whole state, so the last reply
to arrive wins: the worker answers in the order it changed. A burst of `state-changed`
broadcasts becomes at most one more `get-state` after the one in flight.
*/
export function useWorkerState(): WorkerState {
	const [state, setState] = useState<State>();
	const [failure, setFailure] = useState<ErrorInfo>();
	const loading = useRef(false);
	const askAgain = useRef(false);

	const send = useCallback<Send>(async request => {
		const reply = await sendToWorker(request);
		if (reply.state) {
			setState(reply.state);
			setFailure(undefined);
		}

		return reply;
	}, []);

	const reload = useCallback(async () => {
		if (loading.current) {
			askAgain.current = true;
			return;
		}

		loading.current = true;
		do {
			askAgain.current = false;
			const reply = await send({type: 'get-state'});
			if (!reply.ok && !reply.state) {
				setFailure(reply.error);
			}
		} while (askAgain.current);

		loading.current = false;
	}, [send]);

	// A layout effect: the first request leaves before the first paint, not a frame after it.
	useLayoutEffect(() => {
		const listener = (message: unknown) => {
			if (is(message, StateChangedStruct)) {
				void reload();
			}

			// Undefined: this page answers nothing, so other listeners (the worker) still can.
			return undefined;
		};

		browser.runtime.onMessage.addListener(listener);
		void reload();
		return () => {
			browser.runtime.onMessage.removeListener(listener);
		};
	}, [reload]);

	return {state, failure, send, reload: () => void reload()};
}
