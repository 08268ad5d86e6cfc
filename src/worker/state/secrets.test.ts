// @vitest-environment node
import {useLocalApi} from '../../../test/helpers/use-local-api';
import {inspect} from 'node:util';
import {demo, expectError, setUp, stateOf} from '../../../test/fake-browser/worker-setup';
import {hideSecrets} from './secrets';

// For the static import above; each worker then gets its own fake browser.
vi.mock('webextension-polyfill', () => ({default: {}}));

const localApi = useLocalApi();

it('masks any credential that would slip into a reply', () => {
	const reply = {ok: false, error: {code: 'validation', message: 'Bad token a"b-secret here', serverMessage: 'a"b-secret'}};
	expect(JSON.stringify(hideSecrets(reply, ['a"b-secret']))).not.toContain('b-secret');
});

it('masks inside string values only: numbers, keys and other values stay as they were', () => {
	const reply = {ok: true, state: {revision: 1_764_331_234_567.5, offers: [{OfferID: 1_234_567, Title: 'Code 1234567 & 1234567890'}], flags: [true, null]}};
	expect(hideSecrets(reply, ['1234567', '1234567890'])).toEqual({
		ok: true,
		state: {revision: 1_764_331_234_567.5, offers: [{OfferID: 1_234_567, Title: 'Code ••• & •••'}], flags: [true, null]},
	});
});

it('answers a pasted “token” of digits that also occur in the view, instead of throwing', async () => {
	const {worker} = await setUp(localApi());
	const {fetchedAt} = await stateOf(worker);
	// Seven digits of a timestamp the view holds: a text replace would have cut a number in the serialized JSON.
	const digits = String(fetchedAt).slice(0, 7);
	const error = expectError(await worker.ask({type: 'sign-in-with-token', token: digits}), 'unauthorized');
	expect(error.message).not.toContain(digits);
	expect((await stateOf(worker)).fetchedAt).toBe(fetchedAt);
});

it('never puts a token or the API key in a reply, the pages’ view, a log line, an error or a URL', async () => {
	const output: string[] = [];
	const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map(level =>
		vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
			output.push(args.map(arg => (typeof arg === 'string' ? arg : inspect(arg, {depth: 6}))).join(' '));
		}),
	);
	try {
		const {world, worker} = await setUp(localApi(), {token: null});
		const replies: unknown[] = [];
		const ask = async (request: Parameters<typeof worker.ask>[0]) => {
			replies.push(await worker.ask(request));
		};

		await ask({type: 'sign-in-with-token', token: 'expired-token'});
		await ask({type: 'sign-in-with-token', token: 'no-scope-token'});
		await ask({type: 'refresh', force: true});
		await ask({type: 'sign-in-with-token', token: demo.performerToken});
		await ask({type: 'set-config', apiKey: demo.apiKey});
		await ask({type: 'sign-in'});
		const storedToken = async () => ((await world.storage.session.get('token')).token as {accessToken: string}).accessToken;
		const issued = [await storedToken()];
		const [offer] = localApi().offersOf(1001);
		for (const switches of [{failNext: {count: 1, status: 400}}, {failNext: {count: 1, status: 401}}, {dropNext: 1}, {malformedJson: true}]) {
			localApi().setSwitches(switches as never);
			await ask({type: 'set-availability', offerId: offer!.OfferID, available: false});
			await worker.settled();
			localApi().setSwitches({malformedJson: false});
			await ask({type: 'get-state'});
			issued.push(await storedToken());
		}

		await ask({type: 'set-config', clientId: 'unknown-client'});
		await ask({type: 'sign-in'});
		await ask({type: 'sign-in-with-token', token: 42 as never});
		await worker.settled();

		const secrets = ['expired-token', 'no-scope-token', demo.performerToken, demo.apiKey, ...issued];
		expect(world.publishedViews.length).toBeGreaterThan(0);
		const seen = [
			JSON.stringify(replies),
			JSON.stringify(world.publishedViews),
			output.join('\n'),
			JSON.stringify(await world.badge()),
			JSON.stringify(world.menus.items()),
		];
		for (const secret of secrets) {
			for (const text of seen) {
				expect(text).not.toContain(secret);
			}
		}

		// The only URL with a token in it is the sign-in redirect, which the browser hands to the worker alone.
		for (const request of localApi().requests) {
			for (const secret of secrets.filter(secret => secret !== demo.apiKey)) {
				expect(request.path + JSON.stringify((request as {query?: unknown}).query ?? '')).not.toContain(secret);
			}
		}

		for (const launch of world.identity.launches) {
			for (const secret of secrets) {
				expect(launch.url).not.toContain(secret);
			}
		}
	} finally {
		for (const spy of spies) {
			spy.mockRestore();
		}
	}
});
