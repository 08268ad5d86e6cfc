import {failure, statusMessage, type Answer} from './answers';
import type {RouteContext, ServerState} from './context';

/** An answer to write, a connection to drop without one, or an answer whose body never ends. */
export type Dispatch = Answer | 'drop' | 'stall';

const notJson = '{"OfferID": 100101, "Title": "Unterminated';

/**
The switches that act on API requests (paths under /v1/; preflights, the sign-in page and
the admin endpoint are spared). A dropped or failed request is not carried out: the server
"broke" before it got to it. `answer` runs only when the request is carried out.
*/
export function applySwitches(state: ServerState, context: RouteContext, answer: () => Answer): Dispatch {
	if (!context.url.pathname.toLowerCase().startsWith('/v1/') || context.method === 'OPTIONS') {
		return answer();
	}

	const {switches} = state;
	if (switches.dropNext > 0) {
		state.switches = {...switches, dropNext: switches.dropNext - 1};
		return 'drop';
	}

	if (switches.failNext && switches.failNext.count > 0) {
		const {count, status, retryAfter} = switches.failNext;
		state.switches = {...switches, failNext: count > 1 ? {...switches.failNext, count: count - 1} : undefined};
		return failure(status, statusMessage(status), retryAfter === undefined ? {} : {headers: {'retry-after': retryAfter}});
	}

	const answered = answer();
	if (switches.stallBodyNext > 0 && answered.status < 300) {
		state.switches = {...switches, stallBodyNext: switches.stallBodyNext - 1};
		return 'stall';
	}

	if (switches.malformedJson && answered.kind === 'json' && answered.status < 300) {
		return {kind: 'raw', status: 200, contentType: 'application/json; charset=utf-8', text: notJson};
	}

	return answered;
}
