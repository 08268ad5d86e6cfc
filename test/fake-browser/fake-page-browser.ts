import type {Storage} from 'webextension-polyfill';
import type {Reply, Request, RequestType, PageView} from '../../src/messaging/protocol';
import {publishedViewKey} from '../../src/messaging/published-view-key';
import {installChromeI18n} from './chrome-i18n';
import {createFakeI18n} from './fake-i18n';
import {answerLikeTheWorker} from './fake-worker-answers';

/**
A stand-in for `webextension-polyfill` in page tests: `runtime.sendMessage` answers as the
worker would from an in-memory PageView, and after each change the fake worker publishes the
new view to `storage.session` under a higher revision, firing `storage.onChanged`, as the
worker does. Tests override single request types with `fakeWorker.answer(type, handler)`.
*/
type Handler<T extends RequestType> = (request: Request<T>, state: PageView) => Reply | Promise<Reply>;
type StorageListener = (changes: Record<string, Storage.StorageChange>, area: string) => void;

const storageListeners = new Set<StorageListener>();
const session = new Map<string, unknown>();
const overrides = new Map<RequestType, Handler<RequestType>>();
const englishBrowser = 'en-GB';
let browserLanguage = englishBrowser;

/** The browser's UI language until the test ends: `setUiLanguage('de')` is a German-speaking user's browser. */
export function setUiLanguage(language: string) {
	browserLanguage = language;
	onTestFinished(() => {
		browserLanguage = englishBrowser;
	});
}

export const fakeWorker = {
	state: undefined as unknown as PageView,
	requests: [] as Request[],
	/** A worker with this state; `published: false` is a browser session in which no worker has published a view yet. */
	reset(state: PageView, {published = true} = {}) {
		this.state = structuredClone(state);
		this.requests = [];
		overrides.clear();
		storageListeners.clear();
		session.clear();
		if (published) {
			session.set(publishedViewKey, structuredClone(state));
		}

		for (const mock of [
			fakeBrowser.runtime.sendMessage,
			fakeBrowser.runtime.openOptionsPage,
			fakeBrowser.i18n.getMessage,
			fakeBrowser.permissions.request,
			fakeBrowser.storage.session.get,
		]) {
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
	/** How many pages watch the storage for the published view. */
	get listenerCount() {
		return storageListeners.size;
	},
	/** What the worker does when its state changes behind a page's back (a menu click, a refresh). */
	change(update: (state: PageView) => void) {
		update(this.state);
		publish();
	},
};

/** The state becomes a newer view, written to `storage.session`; pages hear of it afterwards, never within the write. */
function publish() {
	fakeWorker.state = {...fakeWorker.state, revision: fakeWorker.state.revision + 1};
	const oldValue = session.get(publishedViewKey);
	const newValue = structuredClone(fakeWorker.state);
	session.set(publishedViewKey, newValue);
	queueMicrotask(() => {
		for (const listener of storageListeners) {
			listener({[publishedViewKey]: structuredClone({oldValue, newValue})}, 'session');
		}
	});
}

async function sendMessage(message: unknown): Promise<unknown> {
	const request = structuredClone(message) as Request;
	fakeWorker.requests.push(request);
	const override = overrides.get(request.type);
	const reply = override ? await override(request, fakeWorker.state) : answerLikeTheWorker(request, fakeWorker.state);
	if (reply.ok && request.type !== 'get-state') {
		fakeWorker.state = reply.state;
		publish();
		return structuredClone({...reply, state: fakeWorker.state});
	}

	return structuredClone(reply);
}

async function getSession(key: string): Promise<Record<string, unknown>> {
	return session.has(key) ? {[key]: structuredClone(session.get(key))} : {};
}

export const fakeBrowser = {
	windows: {getCurrent: async () => ({id: 3})},
	runtime: {
		id: 'fake-extension-id',
		sendMessage: vi.fn(sendMessage),
		openOptionsPage: vi.fn(async () => undefined),
	},
	i18n: {
		// The browser's own language: English unless a test sets another.
		getMessage: vi.fn(createFakeI18n(() => browserLanguage).getMessage),
		getUILanguage: () => browserLanguage,
	},
	storage: {
		session: {get: vi.fn(getSession)},
		onChanged: {
			addListener: (listener: StorageListener) => storageListeners.add(listener),
			removeListener: (listener: StorageListener) => storageListeners.delete(listener),
			hasListener: (listener: StorageListener) => storageListeners.has(listener),
		},
	},
	permissions: {
		request: vi.fn(async (_permissions: {origins?: string[]}) => true),
	},
};

// The pages word their text through `chrome.i18n` (src/shared/i18n.ts): the same fake.
installChromeI18n(fakeBrowser.i18n);
