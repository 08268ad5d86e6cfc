import {buildDefaults} from './build-defaults';

test('without build constants (as in tests) a new install gets no preset environment or client ID, and may use a custom API as the local build does', () => {
	expect(buildDefaults).toEqual({apiBaseUrl: '', clientId: '', customApi: true});
});
