// @vitest-environment node
import {readPublishedView, watchPublishedView} from './published-view';
import {publishedViewKey} from './published-view-key';
import {preloadGlobal} from './published-view-preload';

const browser = vi.hoisted(() => ({
	storage: {
		session: {get: vi.fn(async (_key: string): Promise<Record<string, unknown>> => ({}))},
		onChanged: {listeners: new Set<(changes: Record<string, {newValue?: unknown}>, area: string) => void>(), addListener: vi.fn(), removeListener: vi.fn()},
	},
}));
vi.mock('webextension-polyfill', () => ({default: browser}));

const {onChanged} = browser.storage;
onChanged.addListener.mockImplementation(listener => onChanged.listeners.add(listener));
onChanged.removeListener.mockImplementation(listener => onChanged.listeners.delete(listener));
const fire = (changes: Record<string, {newValue?: unknown}>, area: string) => {
	for (const listener of onChanged.listeners) {
		listener(changes, area);
	}
};

const view = {revision: 7, signedIn: true, offers: []};

it('reads the view the worker published, and nothing else from the storage', async () => {
	browser.storage.session.get.mockResolvedValueOnce({[publishedViewKey]: view});
	expect(await readPublishedView()).toEqual(view);
	expect(browser.storage.session.get).toHaveBeenLastCalledWith(publishedViewKey);
});

it('takes the read the popup’s preload started, once; a later read asks the storage again', async () => {
	const preloaded = {...view, revision: 8};
	(globalThis as Record<string, unknown>)[preloadGlobal] = Promise.resolve({[publishedViewKey]: preloaded});
	browser.storage.session.get.mockClear();
	expect(await readPublishedView()).toEqual(preloaded);
	expect(browser.storage.session.get).not.toHaveBeenCalled();
	browser.storage.session.get.mockResolvedValueOnce({[publishedViewKey]: view});
	expect(await readPublishedView()).toEqual(view);
	expect(browser.storage.session.get).toHaveBeenCalledTimes(1);
});

it('finds no view where none was published, where something else is stored, or where the storage fails', async () => {
	browser.storage.session.get.mockResolvedValueOnce({});
	expect(await readPublishedView()).toBeUndefined();
	browser.storage.session.get.mockResolvedValueOnce({[publishedViewKey]: 'not a view'});
	expect(await readPublishedView()).toBeUndefined();
	browser.storage.session.get.mockRejectedValueOnce(new Error('storage.session is not available'));
	expect(await readPublishedView()).toBeUndefined();
});

it('hears each newly published view, only of its own key in the session area, until told to stop', () => {
	const heard: unknown[] = [];
	const stop = watchPublishedView(published => heard.push(published));
	fire({[publishedViewKey]: {newValue: view}}, 'session');
	fire({[publishedViewKey]: {newValue: view}}, 'local');
	fire({token: {newValue: {accessToken: 'secret'}}}, 'session');
	fire({[publishedViewKey]: {}}, 'session');
	expect(heard).toEqual([view]);
	stop();
	fire({[publishedViewKey]: {newValue: view}}, 'session');
	expect(heard).toHaveLength(1);
});
