import {missingScopes, signInScopes} from './sign-in-scopes';

it('names the asked-for scopes a grant lacks, and none when the grant is unknown', () => {
	expect(missingScopes(signInScopes)).toEqual([]);
	expect(missingScopes(['account_information', 'other'])).toEqual(['account_webcam_bookings']);
	expect(missingScopes([])).toEqual(signInScopes);
	expect(missingScopes(undefined)).toEqual([]);
});
