import {useCallback, useState} from 'preact/hooks';
import type {ErrorInfo, Reply, Request} from '../messaging/protocol';
import type {Send} from './use-worker-state';

export type Action = {
	run: (request: Request) => Promise<Reply>;
	busy: boolean;
	/** Why the last run failed; cleared by the next run. */
	error: ErrorInfo | undefined;
};

/** One button's request: busy while it runs, its error kept for the button's own message. */
export function useAction(send: Send): Action {
	const [busy, setBusy] = useState(false);
	const [error, setError] = useState<ErrorInfo>();

	const run = useCallback(
		async (request: Request) => {
			setBusy(true);
			setError(undefined);
			try {
				const reply = await send(request);
				if (!reply.ok) {
					setError(reply.error);
				}

				return reply;
			} finally {
				setBusy(false);
			}
		},
		[send],
	);

	return {run, busy, error};
}
