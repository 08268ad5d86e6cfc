import {type Reply, ReplyStruct, type PageView} from '../../src/messaging/protocol';
import type {Tuning} from '../../src/worker/lib/tuning';
import {demoApiKey, demoClientId, demoGroup, demoTokens} from '../local-api/demo-data';
import type {LocalApi} from '../local-api/server';
import {createFakeWorld, type FakeWorld} from './fake-world';
import {startWorker, type TestWorker, testTuning} from './worker-harness';

/** The local API's demo world, by the names the worker tests use. */
export const demo = {
	performerToken: demoTokens.performer,
	performerId: 1001,
	performer2Token: demoTokens.performer2,
	managerToken: demoTokens.manager,
	managerId: demoGroup.managerId,
	memberIds: [...demoGroup.memberIds],
	clientId: demoClientId,
	apiKey: demoApiKey,
};

export type Setup = {world: FakeWorld; worker: TestWorker; api: LocalApi};

/** A fresh browser profile with a worker set to the local API; signed in with a pasted token unless `token` is null. */
export async function setUp(api: LocalApi, {token = demo.performerToken as string | null, tuning = {} as Partial<Tuning>} = {}): Promise<Setup> {
	const world = createFakeWorld();
	const worker = await startWorker(world, {...testTuning, ...tuning});
	expectOk(await worker.ask({type: 'set-config', environment: 'custom', customBaseUrl: api.url, clientId: demo.clientId}));
	if (token) {
		expectOk(await worker.ask({type: 'sign-in-with-token', token}));
	}

	await worker.settled();
	return {world, worker, api};
}

/** Every reply must keep the protocol; a successful one carries the state. */
export function expectOk(reply: Reply): PageView {
	expect(ReplyStruct.is(reply)).toBe(true);
	if (!reply.ok) {
		throw new Error(`Expected success, got ${reply.error.code}: ${reply.error.message}`);
	}

	return reply.state;
}

export function expectError(reply: Reply, code: string) {
	expect(ReplyStruct.is(reply)).toBe(true);
	expect(reply.ok).toBe(false);
	if (reply.ok) {
		throw new Error('Expected an error');
	}

	expect(reply.error.code).toBe(code);
	return reply.error;
}

export async function stateOf(worker: TestWorker): Promise<PageView> {
	return expectOk(await worker.ask({type: 'get-state'}));
}

/** A view apart from when it was built: two views of the same state differ only in their revision. */
export function withoutRevision({revision: _revision, ...view}: PageView): Omit<PageView, 'revision'> {
	return view;
}

type RecordedRequest = LocalApi['requests'][number];

function bodyOf(request: RecordedRequest): Record<string, unknown> {
	const {body} = request as {body?: unknown};
	return (typeof body === 'string' ? JSON.parse(body) : (body ?? {})) as Record<string, unknown>;
}

/** The updates the local API received, optionally for one offer, with their bodies. */
export function putsOf(api: LocalApi, offerId?: number): Array<Record<string, unknown>> {
	return api.requests
		.filter(request => request.method === 'PUT')
		.map(request => bodyOf(request))
		.filter(body => offerId === undefined || body.OfferID === offerId);
}

export const listRequests = (api: LocalApi) => api.requests.filter(request => request.method === 'GET' && /GetDirectCamSpecialOffers/i.test(request.path));

export const entryOf = (state: PageView, offerId: number) => state.offers.find(entry => entry.offer.OfferID === offerId);
