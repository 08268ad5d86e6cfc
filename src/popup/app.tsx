import type {ComponentChild} from 'preact';
import {useEffect, useRef} from 'preact/hooks';
import {Loading, WorkerUnreachable} from '../pages/page-states';
import {useWorkerState} from '../pages/use-worker-state';
import {OffersView} from './offers-view';
import {OptionsLink} from './options-link';
import {PanelLink} from './panel-link';
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

	// Signed out after a sign-in, the offers stay in view; never signed in, there is nothing to show.
	const showsOffers = state !== undefined && (state.signedIn || state.account !== undefined || state.offers.length > 0);
	let body: ComponentChild;
	if (!state) {
		body = failure ? <WorkerUnreachable error={failure} onRetry={reload} /> : <Loading />;
	} else if (showsOffers) {
		body = <OffersView state={state} send={send} />;
	} else {
		body = <SignedOut state={state} send={send} />;
	}

	return (
		<>
			<main class="page">{body}</main>
			{/* On the signed-out screen the notice itself links to the options. */}
			{(showsOffers || !state) && (
				<footer class="bottom">
					<PanelLink />
					<OptionsLink />
				</footer>
			)}
		</>
	);
}
