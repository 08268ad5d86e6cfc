import {startLocalApi, type LocalApi} from '../local-api/server';

/** One local API per test file, on a free loopback port, reset before each test. */
export function useLocalApi(): () => LocalApi {
	let api: LocalApi | undefined;
	beforeAll(async () => {
		api = await startLocalApi({port: 0});
	});
	afterAll(async () => api?.close());
	beforeEach(() => api?.reset());
	return () => {
		if (!api) {
			throw new Error('The local API is not started yet');
		}

		return api;
	};
}
