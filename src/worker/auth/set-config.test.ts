// @vitest-environment node
import {useLocalApi} from '../../../test/helpers/use-local-api';
import {demo, expectError, expectOk, setUp, stateOf} from '../../../test/fake-browser/worker-setup';
import {nextConfig} from './set-config';
import {WorkerError} from '../lib/errors';

// For the static import above; each worker then gets its own fake browser.
vi.mock('webextension-polyfill', () => ({default: {}}));

const localApi = useLocalApi();

it('refuses an API address that is not plain https, or http on this computer', async () => {
	const {worker} = await setUp(localApi());
	for (const customBaseUrl of ['ftp://127.0.0.1', 'http://192.168.1.20:8787', 'javascript:alert(1)', 'http://user:pw@127.0.0.1', '']) {
		expectError(await worker.ask({type: 'set-config', environment: 'custom', customBaseUrl}), 'bad-config');
	}

	expect((await stateOf(worker)).config.apiBaseUrl).toBe(localApi().url);
});

it('refuses a custom API outside the local build, saying so, and takes AdultWork’s own', () => {
	const production = {environment: 'production', rememberMe: false} as const;
	for (const request of [
		{type: 'set-config', environment: 'custom', customBaseUrl: 'https://collector.example'},
		{type: 'set-config', customBaseUrl: 'http://127.0.0.1:8787'},
		{type: 'set-config', rememberMe: true},
	] as const) {
		const config = request.customBaseUrl ? production : {...production, environment: 'custom' as const, customBaseUrl: 'https://collector.example'};
		expect(() => nextConfig(config, request, false)).toThrow(
			new WorkerError(
				'bad-config',
				'This build talks to AdultWork only: choose Production or the AdultWork sandbox. A custom API address exists in the local build alone.',
			),
		);
	}

	expect(nextConfig(production, {type: 'set-config', environment: 'sandbox'}, false)).toEqual({...production, environment: 'sandbox'});
	expect(nextConfig(production, {type: 'set-config', environment: 'custom', customBaseUrl: 'http://127.0.0.1:8787/'}, true)).toEqual({
		...production,
		environment: 'custom',
		customBaseUrl: 'http://127.0.0.1:8787',
	});
});

it('signs out when the API changes: a token belongs to one API', async () => {
	const {worker} = await setUp(localApi());
	const state = expectOk(await worker.ask({type: 'set-config', environment: 'sandbox'}));
	expect(state).toMatchObject({signedIn: false, config: {environment: 'sandbox', apiBaseUrl: 'https://api-sandbox.adultwork.com'}});
	expect(state.account).toBeUndefined();
	const back = expectOk(await worker.ask({type: 'set-config', environment: 'custom', customBaseUrl: localApi().url}));
	expect(back.signedIn).toBe(false);
});

it('keeps the token only for the session unless asked to remember it, and moves it when asked', async () => {
	const {world, worker} = await setUp(localApi());
	const where = async () => ({
		session: Boolean((await world.storage.session.get('token')).token),
		local: Boolean((await world.storage.local.get('token')).token),
	});
	expect(await where()).toEqual({session: true, local: false});
	expect(expectOk(await worker.ask({type: 'set-config', rememberMe: true})).signedIn).toBe(true);
	expect(await where()).toEqual({session: false, local: true});
	expectOk(await worker.ask({type: 'set-config', rememberMe: false}));
	expect(await where()).toEqual({session: true, local: false});
});

it('shows whether the API key is set, never the key; an empty key removes it', async () => {
	const {worker} = await setUp(localApi());
	const set = expectOk(await worker.ask({type: 'set-config', apiKey: ` ${demo.apiKey} `}));
	expect(set.config.hasApiKey).toBe(true);
	expect(JSON.stringify(set)).not.toContain(demo.apiKey);
	expect(expectOk(await worker.ask({type: 'set-config', apiKey: ''})).config.hasApiKey).toBe(false);
});

it('gives the redirect URL to register, and says when the API still needs the user’s permission', async () => {
	const {world, worker} = await setUp(localApi());
	expect((await stateOf(worker)).config).toMatchObject({redirectUrl: expect.stringMatching(/^https:\/\/.+\.chromiumapp\.org\/$/), hasHostPermission: true});
	world.settings.hostPermission = false;
	expect((await stateOf(worker)).config.hasHostPermission).toBe(false);
});

it('holds changes the browser blocked for lack of permission, and sends them once access is granted', async () => {
	const {world, worker} = await setUp(localApi());
	const [offer] = localApi().offersOf(1001);
	// Without the permission the browser blocks the request, which looks like a network error.
	world.settings.hostPermission = false;
	localApi().setSwitches({dropNext: 1});
	expectOk(await worker.ask({type: 'set-availability', offerId: offer!.OfferID, available: !offer!.CurrentlyAvailable}));
	await worker.settled();
	const waiting = (await stateOf(worker)).offers[0]!.change!;
	expect(waiting).toMatchObject({status: 'waiting-for-access', error: {code: 'permission-denied'}});
	expect(waiting.nextAttemptAt).toBeUndefined();

	world.settings.hostPermission = true;
	await world.grantPermission();
	await worker.settled();
	expect(localApi().offersOf(1001)[0]!.CurrentlyAvailable).toBe(!offer!.CurrentlyAvailable);
	expect((await stateOf(worker)).offers[0]!.change).toBeUndefined();
});
