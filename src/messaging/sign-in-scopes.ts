/**
What every sign-in asks AdultWork for: DirectCam operations, and the group fields of
VerifyCredentials. The worker asks for them; the options page warns when fewer were granted.
*/
export const signInScopes = ['account_webcam_bookings', 'account_information'];

/** The asked-for scopes a grant lacks; none when it is not known what was granted. */
export function missingScopes(granted: readonly string[] | undefined): string[] {
	return granted ? signInScopes.filter(scope => !granted.includes(scope)) : [];
}
