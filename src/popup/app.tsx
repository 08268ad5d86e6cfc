import type {ComponentChild} from 'preact';
import {useEffect, useRef} from 'preact/hooks';
import {Loading, WorkerUnreachable} from '../pages/page-states';
import {useWorkerState} from '../pages/use-worker-state';
import {OffersView} from './offers-view';
import {OptionsLink} from './options-link';
import {SignedOut} from './signed-out';

/** The popup opens on the worker's cached offers at once, then asks for a refresh that the cache's age decides. */
export function App() {
	const {state, failure, send, reload} = useWorkerState();
	const refreshed = useRef(false);
	const signedIn = state?.signedIn ?? false;

	useEffect(() => {
		if (signedIn && !refreshed.current) {
			refreshed.current = true;
			void send({type: 'refresh', force: false});
		}
	}, [signedIn, send]);

	let body: ComponentChild;
	if (!state) {
		body = failure ? <WorkerUnreachable error={failure} onRetry={reload} /> : <Loading />;
	} else if (state.signedIn) {
		body = <OffersView state={state} send={send} />;
	} else {
		body = <SignedOut state={state} send={send} />;
	}

	return (
		<>
			<main class="page">{body}</main>
			{/* Signed out, the notice itself links to the options. */}
			{state?.signedIn !== false && (
				<footer class="bottom">
					<OptionsLink />
				</footer>
			)}
		</>
	);
}
