import {buildDefaults} from './build-defaults';

test('without build constants (as in tests) a new install gets no preset environment or client ID', () => {
	expect(buildDefaults).toEqual({apiBaseUrl: '', clientId: ''});
});
