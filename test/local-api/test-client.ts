import {startLocalApi, type LocalApi} from './server';

/** One local API for a test file, back to its starting state before each test. */
export function useLocalApi(): () => LocalApi {
	let api: LocalApi | undefined;
	beforeAll(async () => {
		api = await startLocalApi({port: 0});
	});
	afterAll(async () => api?.close());
	beforeEach(() => {
		api?.reset();
	});
	return () => api!;
}

export type CallOptions = {
	method?: string;
	token?: string;
	/** Sent as JSON with its content type. */
	json?: unknown;
	body?: string;
	headers?: Record<string, string>;
};

// biome-ignore lint/suspicious/noExplicitAny: tests read the parsed JSON of every route
export type Reply = {status: number; headers: Headers; text: string; body: any};

export async function call(api: LocalApi, path: string, {method = 'GET', token, json, body, headers = {}}: CallOptions = {}): Promise<Reply> {
	const sent: Record<string, string> = {...headers};
	if (token !== undefined) {
		sent.authorization = `bearer ${token}`;
	}

	if (json !== undefined) {
		sent['content-type'] = 'application/json';
	}

	const response = await fetch(api.url + path, {
		method,
		headers: sent,
		body: json === undefined ? body : JSON.stringify(json),
		redirect: 'manual',
	});
	const text = await response.text();
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		parsed = undefined;
	}

	return {status: response.status, headers: response.headers, text, body: parsed};
}
