// @vitest-environment node
import {demoClientId} from './demo-data';
import {signInTitle} from './sign-in-html';
import {call, useLocalApi, type Reply} from './test-client';

const api = useLocalApi();
const redirectUri = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';
const scope = 'account_webcam_bookings account_information';
const query = (overrides: Record<string, string | undefined> = {}) => {
	const entries = Object.entries({response_type: 'token', client_id: demoClientId, redirect_uri: redirectUri, scope, state: 's1&<x>', ...overrides});
	return new URLSearchParams(entries.filter((entry): entry is [string, string] => entry[1] !== undefined)).toString();
};

const authorize = async (overrides = {}, cookie?: string) => call(api(), `/OAuth/Authorize?${query(overrides)}`, {headers: cookie ? {cookie} : {}});
const answer = async (fields: Record<string, string>, overrides = {}) =>
	call(api(), '/OAuth/Authorize', {
		method: 'POST',
		body: `${query(overrides)}&${new URLSearchParams(fields).toString()}`,
		headers: {'content-type': 'application/x-www-form-urlencoded'},
	});

function fragmentOf(reply: Reply): URLSearchParams {
	expect(reply.status).toBe(302);
	const location = reply.headers.get('location')!;
	expect(location.startsWith(`${redirectUri}#`)).toBe(true);
	return new URLSearchParams(location.split('#')[1]);
}

const whoHolds = async (token: string) => (await call(api(), '/v1/account/verifyCredentials', {token})).body?.UserID as number | undefined;

it('shows a page with the demo users, Allow and Cancel, carrying the query in hidden fields', async () => {
	const {status, headers, text} = await authorize();
	expect([status, headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
	expect(text).toContain(`<title>${signInTitle}</title>`);
	expect(text).toMatch(/<form method="post" action="\/OAuth\/Authorize">/);
	expect(text).toMatch(/<select name="user">\s*<option value="1001" selected>ScarlettRose/);
	expect(text).toContain('<option value="3001">StudioLuna (3001)</option>');
	expect(text).toMatch(/<button type="submit" name="action" value="allow">Allow<\/button>/);
	expect(text).toMatch(/<button type="submit" name="action" value="cancel">Cancel<\/button>/);
	expect(text).toContain('<input type="hidden" name="state" value="s1&amp;&lt;x&gt;">');
	expect(text).toContain(`<input type="hidden" name="redirect_uri" value="${redirectUri}">`);
});

it.each([
	['an unknown client_id', {client_id: 'someone-else'}, 'Unknown client_id'],
	['no client_id', {client_id: undefined}, 'Unknown client_id'],
	['response_type=code', {response_type: 'code'}, 'response_type'],
	['no redirect_uri', {redirect_uri: undefined}, 'redirect_uri'],
	['a redirect_uri that is no web address', {redirect_uri: 'javascript:alert(1)'}, 'redirect_uri'],
	['a redirect_uri to a web site', {redirect_uri: 'https://collector.example/'}, 'redirect_uri'],
	['a redirect_uri on loopback', {redirect_uri: 'http://127.0.0.1:9999/'}, 'redirect_uri'],
	['a Chromium-like redirect_uri that is no extension ID', {redirect_uri: 'https://evil.chromiumapp.org/'}, 'redirect_uri'],
	['a redirect_uri with a path', {redirect_uri: `${redirectUri}steal`}, 'redirect_uri'],
	['a redirect_uri under the extension’s host', {redirect_uri: 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org.example/'}, 'redirect_uri'],
])('answers a 400 page for %s', async (_, overrides, words) => {
	for (const reply of [await authorize(overrides), await answer({action: 'allow', user: '1001'}, overrides)]) {
		expect([reply.status, reply.headers.get('content-type')]).toEqual([400, 'text/html; charset=utf-8']);
		expect(reply.text).toContain(words);
	}
});

it('Allow redirects with a new token for the chosen user in the fragment, and remembers the consent', async () => {
	const reply = await answer({action: 'allow', user: '3001'});
	const fragment = fragmentOf(reply);
	expect([...fragment.keys()]).toEqual(['access_token', 'token_type', 'expires_in', 'scope', 'state']);
	expect(Object.fromEntries(fragment)).toMatchObject({token_type: 'bearer', expires_in: '3600', scope, state: 's1&<x>'});
	expect(reply.headers.get('location')).toContain('scope=account_webcam_bookings%20account_information');
	expect(reply.headers.get('set-cookie')).toBe('aw_consent=3001; Path=/OAuth; HttpOnly; SameSite=Lax');
	expect(await whoHolds(fragment.get('access_token')!)).toBe(3001);
	expect(fragmentOf(await answer({action: 'allow', user: '3001'})).get('access_token')).not.toBe(fragment.get('access_token'));
});

it('redirects to Firefox’s redirect URL too', async () => {
	const firefox = 'https://cb7cbf5bedba243279adcd23bc6b88de7a304388.extensions.allizom.org/';
	const location = (await answer({action: 'allow', user: '1001'}, {redirect_uri: firefox})).headers.get('location')!;
	expect(location.startsWith(`${firefox}#access_token=`)).toBe(true);
});

it('signs in the default user when the form lacks the select', async () => {
	expect(await whoHolds(fragmentOf(await answer({action: 'allow'})).get('access_token')!)).toBe(1001);
});

it('grants only the scopes asked for', async () => {
	const token = fragmentOf(await answer({action: 'allow', user: '1001'}, {scope: 'account_information'})).get('access_token')!;
	expect((await call(api(), '/v1/DirectCam/GetSettings', {token})).status).toBe(403);
});

it('Cancel redirects with status=cancelled and the state, and no token', async () => {
	const reply = await answer({action: 'cancel', user: '1001'});
	expect(Object.fromEntries(fragmentOf(reply))).toEqual({status: 'cancelled', state: 's1&<x>'});
	expect(reply.headers.get('set-cookie')).toBeNull();
});

it.each([
	{action: 'allow', user: '9999'},
	{action: 'allow', user: 'x'},
	{action: 'maybe', user: '1001'},
])('answers a 400 page to %j', async fields => {
	expect((await answer(fields)).status).toBe(400);
});

it('redirects at once with a fresh token when the consent cookie matches a remembered consent', async () => {
	const cookie = (await answer({action: 'allow', user: '3001'})).headers.get('set-cookie')!.split(';')[0]!;
	const silent = fragmentOf(await authorize({}, `theme=dark; ${cookie}`));
	expect(await whoHolds(silent.get('access_token')!)).toBe(3001);
	expect(silent.get('state')).toBe('s1&<x>');
});

it('shows the page when the cookie names a user who never consented, or after a revoke', async () => {
	expect((await authorize({}, 'aw_consent=1002')).status).toBe(200);
	const cookie = (await answer({action: 'allow', user: '1002'})).headers.get('set-cookie')!.split(';')[0]!;
	expect((await authorize({client_id: 'someone-else'}, cookie)).status).toBe(400);
	await call(api(), '/__admin/revoke', {method: 'POST'});
	expect((await authorize({}, cookie)).status).toBe(200);
});
