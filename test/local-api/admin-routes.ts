import {failure, json, noContent, type Answer} from './answers';
import {parseScopes} from './auth';
import {parseId, queryParameter, type RecordedRequest, type Route, type RouteTable, type ServerState} from './context';
import {demoUser} from './demo-data';
import {checkSwitchPatch, type Switches} from './switches';

/**
The admin endpoint, for browser tests that cannot reach the LocalApi object: the same
controls over HTTP. It needs no token, answers loopback callers only and is not recorded.
*/
export type AdminControls = {
	state: ServerState;
	requests: RecordedRequest[];
	setSwitches(patch: Partial<Switches>): void;
	reset(): void;
};

export const maximumSeedCount = 9999;

const invalid = (...problems: string[]) => failure(400, 'The request is invalid.', {modelState: {request: problems}});

/** A field of a JSON object body, or undefined when the body is no object. */
const field = (body: unknown, name: string): unknown => (typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined);

function knownUser(userId: unknown): number | undefined {
	const id = typeof userId === 'string' ? parseId(userId) : userId;
	return Number.isInteger(id) && demoUser(id as number) ? (id as number) : undefined;
}

/** The recorded Authorization header keeps its scheme but not the token: no answer carries a token it was sent. */
export function redactedRequests(requests: readonly RecordedRequest[]): RecordedRequest[] {
	return requests.map(request => {
		const {authorization} = request.headers;
		if (authorization === undefined) {
			return request;
		}

		const scheme = authorization.trim().split(/\s+/)[0]!;
		return {...request, headers: {...request.headers, authorization: `${scheme} [redacted]`}};
	});
}

export function adminRoutes(controls: AdminControls): RouteTable {
	const {state} = controls;

	const setSwitches: Route = ({body}) => {
		const checked = checkSwitchPatch(body);
		if ('problems' in checked) {
			return invalid(...checked.problems);
		}

		controls.setSwitches(checked.patch);
		return noContent();
	};

	const offersOf: Route = ({url}) => {
		const userId = knownUser(queryParameter(url, 'UserID'));
		return userId === undefined ? invalid('UserID must be a demo user.') : json(state.offers.list(userId));
	};

	const seed: Route = ({body}) => {
		const userId = knownUser(field(body, 'UserID'));
		const count = field(body, 'count');
		if (userId === undefined || !Number.isInteger(count) || (count as number) < 0 || (count as number) > maximumSeedCount) {
			return invalid(`Send {"UserID": <a demo user>, "count": <0 to ${maximumSeedCount}>}.`);
		}

		state.offers.seed(userId, count as number);
		return noContent();
	};

	const websiteEdit: Route = ({body}) => {
		const userId = knownUser(field(body, 'UserID'));
		const offerId = field(body, 'OfferID');
		const patch = field(body, 'patch');
		if (userId === undefined || !Number.isInteger(offerId) || typeof patch !== 'object' || patch === null) {
			return invalid('Send {"UserID": <a demo user>, "OfferID": <one of their offers>, "patch": {<fields to change>}}.');
		}

		const edited = state.offers.editAsWebsite(userId, offerId as number, patch as Record<string, never>);
		return edited ? json(edited) : failure(404, 'Special offer not found.');
	};

	const issueToken: Route = ({body}): Answer => {
		const userId = knownUser(field(body, 'UserID'));
		const expiresIn = field(body, 'expiresIn');
		const scope = field(body, 'scope');
		if (userId === undefined || (expiresIn !== undefined && typeof expiresIn !== 'number') || (scope !== undefined && typeof scope !== 'string')) {
			return invalid('Send {"UserID": <a demo user>, "expiresIn"?: <seconds>, "scope"?: "<space-separated scopes>"}.');
		}

		const scopes = typeof scope === 'string' ? parseScopes(scope) : undefined;
		return json({access_token: state.auth.issue(userId, {expiresInSeconds: expiresIn as number | undefined, scopes})});
	};

	return {
		'/__admin/switches': {POST: setSwitches},
		'/__admin/reset': {
			POST() {
				controls.reset();
				return noContent();
			},
		},
		'/__admin/requests': {
			GET: () => json(redactedRequests(controls.requests)),
			DELETE() {
				controls.requests.length = 0;
				return noContent();
			},
		},
		'/__admin/offers': {GET: offersOf},
		'/__admin/seed': {POST: seed},
		'/__admin/website-edit': {POST: websiteEdit},
		'/__admin/revoke': {
			POST() {
				state.auth.revokeAll();
				return noContent();
			},
		},
		'/__admin/tokens': {POST: issueToken},
	};
}
