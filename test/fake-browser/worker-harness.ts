import type {Reply, Request} from '../../src/messaging/protocol';
import type {Tuning} from '../../src/worker/lib/tuning';
import type {FakeWorld} from './fake-world';

/** Quick enough for tests, and retries that are due at once: a test fires the alarm itself. */
export const testTuning: Partial<Tuning> = {
	requestTimeoutMs: 5000,
	inlineRetries: 0,
	longestInlineWaitMs: 0,
	retryDelaysMs: [0],
};

export type TestWorker = Awaited<ReturnType<typeof startWorker>>;

/**
The worker's network, as the browser gives it: a stopped worker's requests on their way are
cut off (whatever reached AdultWork stays done), and it starts no more until the next worker.
*/
const workerNetwork = (() => {
	const realFetch = globalThis.fetch;
	let open = true;
	let flights = new Set<AbortController>();
	globalThis.fetch = async (input, init) => {
		if (!open) {
			return new Promise<never>(() => undefined);
		}

		const controller = new AbortController();
		const given = init?.signal ?? (input instanceof Request ? input.signal : undefined);
		flights.add(controller);
		try {
			return await realFetch(input, {...init, signal: given ? AbortSignal.any([given, controller.signal]) : controller.signal});
		} finally {
			flights.delete(controller);
		}
	};

	return {
		open() {
			open = true;
		},
		cut() {
			open = false;
			for (const flight of flights) {
				flight.abort();
			}

			flights = new Set();
		},
	};
})();

/**
Starts the worker as the browser does: fresh modules (nothing kept from an earlier worker
but what is in the fake browser's storage, alarms and menus), listeners wired by
`src/worker/index.ts`, then the event that woke it.
*/
export async function startWorker(world: FakeWorld, tuning: Partial<Tuning> = testTuning) {
	workerNetwork.open();
	const connection = world.connect(() => {
		workerNetwork.cut();
	});
	vi.resetModules();
	vi.doMock('webextension-polyfill', () => ({default: connection.browser}));
	await import('../../src/worker/index');
	const {tune} = await import('../../src/worker/lib/tuning');
	tune(tuning);
	const {settled} = await import('../../src/worker/lib/background-tasks');
	let stopped = false;
	const kill = () => {
		stopped = true;
		connection.kill();
	};

	// A test's leftover work must not reach the next test's API: it finishes, then the worker stops.
	onTestFinished(async () => {
		if (!stopped) {
			await settled();
			kill();
		}
	});
	return {
		/** Waits until the worker has nothing left in flight (sends after a reply, say). */
		settled,
		/** The browser stops this worker now; what it had in flight never finishes. */
		kill,
		async dieAfterWrite(write: (items: Record<string, unknown>) => boolean): Promise<void> {
			await connection.dieAfterWrite(write);
			stopped = true;
		},
		/** A request from the popup, answered as the page would see it. */
		async ask(request: Request | Record<string, unknown>): Promise<Reply> {
			return world.send(request) as Promise<Reply>;
		},
	};
}
