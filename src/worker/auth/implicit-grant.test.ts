// @vitest-environment node
import {buildAuthorizeUrl, randomState, readAuthRedirect} from './implicit-grant';

const redirect = 'https://abc.chromiumapp.org/';

it('asks for a token with both scopes, the client ID, the redirect URL and the state', () => {
	const url = new URL(
		buildAuthorizeUrl({authorizeUrl: 'https://platform.adultwork.com/OAuth/Authorize', clientId: 'client 1', redirectUrl: redirect, state: 's1'}),
	);
	expect(url.origin + url.pathname).toBe('https://platform.adultwork.com/OAuth/Authorize');
	expect(Object.fromEntries(url.searchParams)).toEqual({
		response_type: 'token',
		client_id: 'client 1',
		redirect_uri: redirect,
		scope: 'account_webcam_bookings account_information',
		state: 's1',
	});
});

it('makes a new unguessable state each time', () => {
	const states = new Set(Array.from({length: 20}, () => randomState()));
	expect(states.size).toBe(20);
	expect([...states][0]).toMatch(/^[\da-f]{32}$/);
});

it('reads the token, its lifetime and the scopes granted from the fragment', () => {
	expect(readAuthRedirect(`${redirect}#access_token=abc&token_type=bearer&expires_in=1200&scope=account_webcam_bookings&state=s1`, 's1')).toEqual({
		outcome: 'token',
		accessToken: 'abc',
		expiresInSeconds: 1200,
		grantedScopes: ['account_webcam_bookings'],
	});
	expect(readAuthRedirect(`${redirect}#access_token=abc&scope=account_webcam_bookings,account_information&state=s1`, 's1')).toMatchObject({
		grantedScopes: ['account_webcam_bookings', 'account_information'],
	});
	// No scope: OAuth's way of saying all that was asked for.
	expect(readAuthRedirect(`${redirect}#access_token=abc&state=s1`, 's1')).toEqual({
		outcome: 'token',
		accessToken: 'abc',
		grantedScopes: ['account_webcam_bookings', 'account_information'],
	});
});

it('refuses an answer that belongs to another sign-in, before believing any error in it', () => {
	expect(readAuthRedirect(`${redirect}#access_token=abc&state=other`, 's1')).toEqual({outcome: 'state-mismatch'});
	expect(readAuthRedirect(`${redirect}#access_token=abc`, 's1')).toEqual({outcome: 'state-mismatch'});
	expect(readAuthRedirect(`${redirect}#error=invalid_scope&error_description=Forged&state=other`, 's1')).toEqual({outcome: 'state-mismatch'});
	expect(readAuthRedirect(`${redirect}?error=access_denied`, 's1')).toEqual({outcome: 'state-mismatch'});
	// The state in the query does not vouch for a fragment.
	expect(readAuthRedirect(`${redirect}?state=s1#access_token=abc`, 's1')).toEqual({outcome: 'state-mismatch'});
});

it('takes the token from the fragment only: one in the query is refused', () => {
	expect(readAuthRedirect(`${redirect}?access_token=abc&state=s1`, 's1')).toEqual({outcome: 'token-in-query'});
	expect(readAuthRedirect(`${redirect}?access_token=abc#access_token=abc&state=s1`, 's1')).toEqual({outcome: 'token-in-query'});
});

it('tells a cancelled sign-in from a refused one', () => {
	expect(readAuthRedirect(`${redirect}?status=cancelled&state=s1`, 's1')).toEqual({outcome: 'cancelled'});
	expect(readAuthRedirect(`${redirect}#error=access_denied&state=s1`, 's1')).toEqual({outcome: 'cancelled'});
	expect(readAuthRedirect(`${redirect}#error=invalid_scope&error_description=No+such+scope&state=s1`, 's1')).toEqual({
		outcome: 'refused',
		reason: 'No such scope',
	});
	expect(readAuthRedirect(`${redirect}#state=s1`, 's1')).toEqual({outcome: 'no-token'});
});
