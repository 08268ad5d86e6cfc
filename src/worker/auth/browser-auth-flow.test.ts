// @vitest-environment node
import {startWorker} from '../../../test/fake-browser/worker-harness';
import {demo, expectError, expectOk, setUp, stateOf} from '../../../test/fake-browser/worker-setup';
import {useLocalApi} from '../../../test/helpers/use-local-api';

const localApi = useLocalApi();
const signedOutSetup = async () => setUp(localApi(), {token: null});
const verifications = () => localApi().requests.filter(request => /verifyCredentials/i.test(request.path));

it('shows the scopes AdultWork granted while signed in, and forgets them on sign-out', async () => {
	const {worker} = await signedOutSetup();
	expect(expectOk(await worker.ask({type: 'sign-in'})).grantedScopes).toEqual(['account_webcam_bookings', 'account_information']);
	expect(expectOk(await worker.ask({type: 'sign-out'})).grantedScopes).toBeUndefined();
});

it('tells the pages when AdultWork granted fewer scopes than asked', async () => {
	const {world, worker} = await signedOutSetup();
	world.identity.tamper = url => url.replace(/scope=[^&]+/, 'scope=account_information');
	const state = expectOk(await worker.ask({type: 'sign-in'}));
	expect(state.grantedScopes).toEqual(['account_information']);
	// A new worker reads them back from storage.
	await worker.settled();
	worker.kill();
	expect((await stateOf(await startWorker(world))).grantedScopes).toEqual(['account_information']);
});

it('gives a pasted token none of the scopes an earlier sign-in was granted', async () => {
	const {world, worker} = await signedOutSetup();
	world.identity.tamper = url => url.replace(/scope=[^&]+/, 'scope=account_information');
	expect(expectOk(await worker.ask({type: 'sign-in'})).grantedScopes).toEqual(['account_information']);
	// A pasted token says nothing of its scopes: no warning carried over from the page's sign-in.
	expect(expectOk(await worker.ask({type: 'sign-in-with-token', token: demo.performerToken})).grantedScopes).toBeUndefined();
});

it('refuses a token in the query of the redirect, sending it nowhere', async () => {
	const {world, worker} = await signedOutSetup();
	world.identity.tamper = url => url.replace('#', '?');
	expect(expectError(await worker.ask({type: 'sign-in'}), 'sign-in-failed').message).toMatch(/query/);
	expect((await stateOf(worker)).signedIn).toBe(false);
	expect(verifications()).toEqual([]);
});

it('believes no error from an answer to another sign-in', async () => {
	const {world, worker} = await signedOutSetup();
	world.identity.tamper = url => `${url.split('#')[0]!}#error=server_error&error_description=Call+0800+now&state=forged`;
	const error = expectError(await worker.ask({type: 'sign-in'}), 'sign-in-failed');
	expect(error.message).toMatch(/did not belong to this sign-in/);
	expect(error.message).not.toContain('0800');
});
