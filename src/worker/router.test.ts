// @vitest-environment node
import {useLocalApi} from '../../test/helpers/use-local-api';
import {ReplyStruct, type requestStructs, PageViewStruct} from '../messaging/protocol';
import {demo, expectError, expectOk, setUp, stateOf, withoutRevision} from '../../test/fake-browser/worker-setup';

const localApi = useLocalApi();

/** One well-formed request of every type, and a malformed twin of each. */
const wellFormed = {
	'get-state': {type: 'get-state'},
	refresh: {type: 'refresh', force: true},
	'update-offer': {type: 'update-offer', offerId: 1, patch: {Title: 'x'}},
	'set-availability': {type: 'set-availability', offerId: 1, available: true},
	'retry-change': {type: 'retry-change', offerId: 1},
	'discard-change': {type: 'discard-change', offerId: 1},
	'save-draft': {type: 'save-draft', offerId: 1, draft: {Title: 'x'}},
	'discard-draft': {type: 'discard-draft', offerId: 1},
	'pause-all': {type: 'pause-all'},
	'resume-all': {type: 'resume-all'},
	'sign-in': {type: 'sign-in'},
	'sign-in-with-token': {type: 'sign-in-with-token', token: demo.performerToken},
	'sign-out': {type: 'sign-out'},
	'set-config': {type: 'set-config', clientId: 'x'},
	'choose-member': {type: 'choose-member', userId: null},
	'add-offer': {type: 'add-offer', offerId: 1, fields: {Title: 'x'}},
} satisfies {[T in keyof typeof requestStructs]: {type: T} & Record<string, unknown>};

const malformed = {
	'get-state': {type: 'get-state', extra: 1},
	refresh: {type: 'refresh'},
	'update-offer': {type: 'update-offer', offerId: 1, patch: {Title: 5}},
	'set-availability': {type: 'set-availability', offerId: '1', available: true},
	'retry-change': {type: 'retry-change', offerId: 1.5},
	'discard-change': {type: 'discard-change'},
	'save-draft': {type: 'save-draft', offerId: 1, draft: {Title: 5}},
	'discard-draft': {type: 'discard-draft', offerId: null},
	'pause-all': {type: 'pause-all', offerIds: [1]},
	'resume-all': {type: 'resume-all', now: true},
	'sign-in': {type: 'sign-in', token: 'x'},
	'sign-in-with-token': {type: 'sign-in-with-token', token: 12_345_678},
	'sign-out': {type: 'sign-out', everywhere: true},
	'set-config': {type: 'set-config', environment: 'moon'},
	'choose-member': {type: 'choose-member', userId: 'ruby'},
	'add-offer': {type: 'add-offer', offerId: 1, fields: {Duration: '30'}},
};

it('refuses every malformed request, saying where, without acting on it', async () => {
	const {worker} = await setUp(localApi());
	const before = await stateOf(worker);
	const requestsBefore = localApi().requests.length;
	for (const [type, message] of Object.entries(malformed)) {
		const error = expectError(await worker.ask(message), 'invalid-message');
		expect(error.message).toContain(type);
		expect(error.message).not.toContain('12345678');
	}

	await worker.settled();
	expect(withoutRevision(await stateOf(worker))).toEqual(withoutRevision(before));
	expect(localApi().requests.length).toBe(requestsBefore);
});

it('refuses every request from anything but this extension’s own pages', async () => {
	const {world, worker} = await setUp(localApi());
	const strangers = [
		{id: 'another-extension', url: 'chrome-extension://another-extension/popup.html'},
		{id: world.pageSender().id, url: 'https://example.com/'},
		{id: world.pageSender().id},
		{url: world.pageSender().url},
	];
	for (const sender of strangers) {
		for (const message of Object.values(wellFormed)) {
			const reply = await world.send(message, sender);
			expect(reply).toEqual({ok: false, error: {code: 'forbidden-sender', message: expect.any(String)}});
		}
	}

	expect((await stateOf(worker)).signedIn).toBe(true);
	expect(world.identity.launches).toEqual([]);
});

it('leaves messages that are not requests to other listeners', async () => {
	const {world} = await setUp(localApi());
	for (const message of [{type: 'hello'}, {type: 'toString'}, {type: '__proto__'}, 'get-state', null, 42, {kind: 'get-state'}]) {
		expect(await world.send(message)).toBeUndefined();
	}
});

it('answers with the state, and with errors as data, always in the protocol’s form', async () => {
	const {worker, world} = await setUp(localApi());
	const ok = await worker.ask({type: 'refresh', force: true});
	expect(ReplyStruct.is(ok)).toBe(true);
	expect(expectOk(ok).offers.length).toBeGreaterThan(0);
	const error = expectError(await worker.ask({type: 'set-availability', offerId: 999_999, available: true}), 'unknown-offer');
	expect(error.message).toMatch(/not among the offers/);
	const reply = await worker.ask({type: 'set-availability', offerId: 999_999, available: true});
	expect(reply.ok === false && reply.state?.signedIn).toBe(true);
	// Pages read the same state from the view the worker published, which a later reply outranks.
	await worker.settled();
	const view = await world.publishedView();
	const latest = await stateOf(worker);
	expect(PageViewStruct.is(view)).toBe(true);
	expect(withoutRevision(view!)).toEqual(withoutRevision(latest));
	expect(view!.revision).toBeLessThan(latest.revision);
});
