import type {Reply, Request, RequestType, State} from '../../src/messaging/protocol';
import {createFakeI18n} from '../fake-browser/fake-i18n';
import {answerLikeTheWorker} from './fake-worker-answers';

/**
A stand-in for `webextension-polyfill` in page tests: `runtime.sendMessage` answers as the
worker would from an in-memory State, and broadcasts `state-changed` after each change.
Tests override single request types with `fakeWorker.answer(type, handler)`.
*/
type Handler<T extends RequestType> = (request: Request<T>, state: State) => Reply | Promise<Reply>;
type Listener = (message: unknown, sender: unknown) => unknown;

const listeners = new Set<Listener>();
const overrides = new Map<RequestType, Handler<RequestType>>();

export const fakeWorker = {
	state: undefined as unknown as State,
	requests: [] as Request[],
	reset(state: State) {
		this.state = structuredClone(state);
		this.requests = [];
		overrides.clear();
		listeners.clear();
		for (const mock of [fakeBrowser.runtime.sendMessage, fakeBrowser.runtime.openOptionsPage, fakeBrowser.i18n.getMessage, fakeBrowser.permissions.request]) {
			mock.mockClear();
		}
	},
	answer<T extends RequestType>(type: T, handler: Handler<T>) {
		overrides.set(type, handler as unknown as Handler<RequestType>);
	},
	/** The requests of one type, in order. */
	sent<T extends RequestType>(type: T): Array<Request<T>> {
		return this.requests.filter(request => request.type === type) as Array<Request<T>>;
	},
	/** How many pages listen for `state-changed`. */
	get listenerCount() {
		return listeners.size;
	},
	/** What the worker does when its state changes behind a page's back (a menu click, a refresh). */
	change(update: (state: State) => void) {
		update(this.state);
		broadcast();
	},
};

function broadcast() {
	queueMicrotask(() => {
		for (const listener of listeners) {
			listener({type: 'state-changed'}, {id: 'fake-extension-id'});
		}
	});
}

async function sendMessage(message: unknown): Promise<unknown> {
	const request = structuredClone(message) as Request;
	fakeWorker.requests.push(request);
	const override = overrides.get(request.type);
	const reply = override
		? await override(request, fakeWorker.state)
		: answerLikeTheWorker(request, fakeWorker.state);
	if (reply.ok && request.type !== 'get-state') {
		fakeWorker.state = reply.state;
		broadcast();
	}

	return structuredClone(reply);
}

export const fakeBrowser = {
	runtime: {
		id: 'fake-extension-id',
		sendMessage: vi.fn(sendMessage),
		onMessage: {
			addListener: (listener: Listener) => listeners.add(listener),
			removeListener: (listener: Listener) => listeners.delete(listener),
			hasListener: (listener: Listener) => listeners.has(listener),
		},
		openOptionsPage: vi.fn(async () => undefined),
	},
	i18n: {
		// The browser's English, as an English-speaking user's browser answers.
		getMessage: vi.fn(createFakeI18n(() => 'en').getMessage),
		getUILanguage: () => 'en-GB',
	},
	permissions: {
		request: vi.fn(async (_permissions: {origins?: string[]}) => true),
	},
};
