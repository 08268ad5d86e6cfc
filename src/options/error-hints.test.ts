// @vitest-environment node
import {signInHint} from './error-hints';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/fake-browser/fake-page-browser')).fakeBrowser}));

it('says what to do about a wrong client ID, a cancelled sign-in and a refused token', () => {
	expect(signInHint({code: 'bad-client-id', message: ''})).toContain('Unified Login');
	expect(signInHint({code: 'sign-in-cancelled', message: ''})).toBe('Nothing changed. Sign in again when you are ready.');
	expect(signInHint({code: 'unauthorized', message: ''})).toBe('Paste a fresh token, or sign in with AdultWork.');
});

it('adds nothing to errors it has no advice for', () => {
	expect(signInHint({code: 'server', message: ''})).toBeUndefined();
	expect(signInHint(undefined)).toBeUndefined();
});
