import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo, Socket} from 'node:net';
import {accountRoutes} from './account-routes';
import {adminRoutes} from './admin-routes';
import {failure, noContent, statusMessage, writeAnswer} from './answers';
import {createAuth} from './auth';
import type {RecordedRequest, RouteTable, ServerState} from './context';
import {demoUser, type StoredOffer} from './demo-data';
import {isLoopback, readContext, route} from './incoming';
import {createOfferStore} from './offer-store';
import {offerRoutes} from './offers-routes';
import {signInRoutes} from './sign-in-page';
import {applySwitches, type Dispatch} from './switch-effects';
import {defaultSwitches, type Switches} from './switches';

/**
The local stand-in for AdultWork's API: a real HTTP server for the tests and the demo,
following the reference's DOC rows and one form of each INFERRED row, switchable to the others.
*/
export type {RecordedRequest} from './context';
export type {StoredOffer} from './demo-data';
export type {Switches} from './switches';

export type LocalApi = {
	/** `http://127.0.0.1:PORT`, no trailing slash. */
	url: string;
	/** Stops listening and destroys open connections. */
	close(): Promise<void>;
	/** Every request but the admin endpoint's, in order. */
	readonly requests: RecordedRequest[];
	setSwitches(patch: Partial<Switches>): void;
	/** Demo data, switches, tokens, consents and recorded requests back to the start. */
	reset(): void;
	offersOf(userId: number): StoredOffer[];
	/** Changes an offer as AdultWork's website would, behind the extension's back. */
	editAsWebsite(userId: number, offerId: number, patch: Partial<Omit<StoredOffer, 'OfferID'>>): StoredOffer | undefined;
	/** A valid token for a demo user, with every scope. */
	issueToken(userId: number, expiresInSeconds?: number): string;
};

const apiCors = {
	'access-control-allow-origin': '*',
	'access-control-allow-headers': 'Authorization, Content-Type',
	'access-control-allow-methods': 'GET, PUT, OPTIONS',
	'access-control-expose-headers': 'Retry-After',
};

export async function startLocalApi({port = 0, host = '127.0.0.1'}: {port?: number; host?: string} = {}): Promise<LocalApi> {
	const state: ServerState = {offers: createOfferStore(), auth: createAuth(), switches: defaultSwitches()};
	const requests: RecordedRequest[] = [];
	const sockets = new Set<Socket>();
	const timers = new Set<NodeJS.Timeout>();

	const setSwitches = (patch: Partial<Switches>) => {
		state.switches = {...state.switches, ...patch};
	};

	const reset = () => {
		state.offers.reset();
		state.auth.reset();
		state.switches = defaultSwitches();
		requests.length = 0;
	};

	const admin = adminRoutes({state, requests, setSwitches, reset});
	const api: RouteTable = {...accountRoutes, ...offerRoutes, ...signInRoutes};

	const delay = async (ms: number) =>
		new Promise<void>(resolve => {
			const timer = setTimeout(() => {
				timers.delete(timer);
				resolve();
			}, ms);
			timers.add(timer);
		});

	/** Filled once the port is known; no request comes before. */
	const ownHosts = new Set<string>();

	async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const receivedAt = performance.timeOrigin + performance.now();
		const context = await readContext(request, state);
		const {method, url, headers} = context;

		// A web page whose name was rebound to 127.0.0.1 still names its own host (DNS rebinding): only ours is served.
		if (!ownHosts.has(headers.host ?? '')) {
			writeAnswer(response, failure(403, `This server answers requests for ${[...ownHosts].join(' or ')} only.`), 'modelstate', {});
			return;
		}

		// No CORS headers, so no web page may read an answer; and a browser names the page a request comes from, so none may act.
		if (url.pathname.toLowerCase().startsWith('/__admin/')) {
			const answer = !isLoopback(request.socket.remoteAddress)
				? failure(403, 'The admin endpoint answers loopback callers only.')
				: headers.origin === undefined
					? route(admin, context)
					: failure(403, 'The admin endpoint answers no web page.');
			writeAnswer(response, answer, 'modelstate', {});
			return;
		}

		const recorded: RecordedRequest = {method, path: request.url ?? '/', headers, body: context.body, receivedAt};
		requests.push(recorded);
		if (state.switches.latencyMs > 0) {
			await delay(state.switches.latencyMs);
		}

		const dispatch: Dispatch = applySwitches(state, context, () => (method === 'OPTIONS' ? noContent() : route(api, context)));
		if (dispatch === 'drop') {
			request.socket.destroy();
			return;
		}

		if (dispatch === 'stall') {
			// The headers and a first byte, then silence: the connection stays open until the client gives up or the server closes.
			recorded.status = 200;
			response.writeHead(200, {...apiCors, 'content-type': 'application/json; charset=utf-8'});
			response.write('[');
			return;
		}

		recorded.status = dispatch.status;
		writeAnswer(response, dispatch, state.switches.errorShape, apiCors);
	}

	const server = createServer((request, response) => {
		handle(request, response).catch((error: unknown) => {
			console.error('local API: a request failed:', error instanceof Error ? error.message : error);
			writeAnswer(response, failure(500, statusMessage(500)), 'modelstate', apiCors);
		});
	});
	server.on('connection', socket => {
		sockets.add(socket);
		socket.once('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			server.off('error', reject);
			resolve();
		});
	});
	const {port: boundPort} = server.address() as AddressInfo;
	const url = `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}`;
	for (const name of [new URL(url).host, `127.0.0.1:${boundPort}`, `localhost:${boundPort}`]) {
		ownHosts.add(name);
	}

	return {
		url,
		async close() {
			for (const timer of timers) {
				clearTimeout(timer);
			}

			timers.clear();
			const closed = new Promise<void>(resolve => {
				server.close(() => resolve());
			});
			for (const socket of sockets) {
				socket.destroy();
			}

			await closed;
		},
		get requests() {
			return requests;
		},
		setSwitches,
		reset,
		offersOf: userId => state.offers.list(userId),
		editAsWebsite: (userId, offerId, patch) => state.offers.editAsWebsite(userId, offerId, patch),
		issueToken(userId, expiresInSeconds) {
			if (!demoUser(userId)) {
				throw new Error(`${userId} is not a demo user.`);
			}

			return state.auth.issue(userId, {expiresInSeconds});
		},
	};
}
