import {useCallback, useLayoutEffect, useRef, useState} from 'preact/hooks';
import type {ErrorInfo, Reply, Request, PageView} from '../messaging/protocol';
import {readPublishedView, watchPublishedView} from '../messaging/published-view';
import {sendToWorker} from '../messaging/send-to-worker';

export type Send = (request: Request) => Promise<Reply>;

export type WorkerState = {
	/** The newest view of the worker's state this page has; undefined until the first one arrives. */
	state: PageView | undefined;
	/** Why the worker could not be asked for the state at all. */
	failure: ErrorInfo | undefined;
	send: Send;
	/** Ask for the state again (after a failure, or a permission granted outside the worker). */
	reload: () => void;
};

/**
The pages' one view of the worker. The view the worker published to `storage.session` is
read at once and followed as it changes; every reply carries the whole state too. Views
arrive by two ways in no set order, so the one with the highest revision wins.
*/
export function useWorkerState(): WorkerState {
	const [state, setState] = useState<PageView>();
	const [failure, setFailure] = useState<ErrorInfo>();
	const newest = useRef<PageView>();

	const show = useCallback((view: PageView) => {
		if (newest.current && newest.current.revision >= view.revision) {
			return;
		}

		newest.current = view;
		setState(view);
		setFailure(undefined);
	}, []);

	const send = useCallback<Send>(
		async request => {
			const reply = await sendToWorker(request);
			if (reply.state) {
				show(reply.state);
			}

			return reply;
		},
		[show],
	);

	const reload = useCallback(async () => {
		const reply = await send({type: 'get-state'});
		if (!reply.ok && !reply.state) {
			setFailure(reply.error);
		}
	}, [send]);

	// A layout effect: the stored view is asked for before the first paint, not a frame after it.
	useLayoutEffect(() => {
		const stopWatching = watchPublishedView(show);
		void readPublishedView().then(view => {
			if (view) {
				show(view);
			}
		});
		// Side by side: this wakes the worker, and answers in a browser session where no view was published yet.
		void reload();
		return stopWatching;
	}, [show, reload]);

	return {state, failure, send, reload: () => void reload()};
}
