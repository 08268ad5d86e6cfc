import {fakeBrowser} from '@webext-core/fake-browser';
import type {createFakeContextMenus} from './fake-context-menus';
import type {FakeEvent} from './fake-event';
import type {createFakeI18n} from './fake-i18n';
import type {createFakeIdentity} from './fake-identity';

type Listenable = {addListener(listener: never): void; removeListener(listener: never): void};
type StorageArea = typeof fakeBrowser.storage.local;

/** What a worker's `browser` reaches: the parts of the profile that outlive workers. */
export type WorldParts = {
	settings: {locale: string; hostPermission: boolean};
	lastError: () => {message: string} | undefined;
	optionsPageOpened: number[];
	/** The address of each tab the extension opened. */
	tabsOpened: string[];
	menus: ReturnType<typeof createFakeContextMenus>;
	identity: ReturnType<typeof createFakeIdentity>;
	i18n: ReturnType<typeof createFakeI18n>;
	onCommand: FakeEvent<[string]>;
	permissionsAdded: FakeEvent<[unknown]>;
	permissionsRemoved: FakeEvent<[unknown]>;
};

/**
One worker's `browser` object. `kill()` stops that worker at once, the way the browser
stops a service worker: its listeners are gone and whatever it asks of the browser
afterwards never answers.
*/
export function connectWorker(world: WorldParts, onKill: () => void = () => undefined) {
	let dead = false;
	const detach: Array<() => void> = [];
	let dieAfter: {write: (items: Record<string, unknown>) => boolean; died: () => void} | undefined;
	const kill = () => {
		dead = true;
		onKill();
		for (const undo of detach) {
			undo();
		}
	};

	const never = () => new Promise<never>(() => undefined);
	// biome-ignore lint/suspicious/noExplicitAny: any function at all, its own types kept by `as F`
	const live = <F extends (...args: any[]) => any>(call: F) => ((...args: Parameters<F>) => (dead ? never() : call(...args))) as F;
	const event = <E extends Listenable>(target: E) => ({
		addListener(listener: Parameters<E['addListener']>[0]) {
			if (!dead) {
				target.addListener(listener);
				detach.push(() => target.removeListener(listener));
			}
		},
		removeListener: (listener: Parameters<E['removeListener']>[0]) => target.removeListener(listener),
	});
	const area = (storage: StorageArea) => ({
		// A browser hands out copies: changing what `get` gave changes nothing stored.
		get: live(async (keys?: string | string[] | null) => structuredClone(await storage.get(keys ?? null))),
		async set(items: Record<string, unknown>) {
			if (dead) {
				return never();
			}

			await storage.set(items);
			if (dieAfter?.write(items)) {
				// Stopped right after this write reached the disk: the worker never hears it went well.
				kill();
				dieAfter.died();
				return never();
			}
		},
		remove: live(async (keys: string | string[]) => storage.remove(keys)),
		clear: live(async () => storage.clear()),
	});
	const browser = {
		runtime: {
			id: fakeBrowser.runtime.id,
			getURL: (path: string) => fakeBrowser.runtime.getURL(path),
			get lastError() {
				return world.lastError();
			},
			onMessage: event(fakeBrowser.runtime.onMessage),
			onInstalled: event(fakeBrowser.runtime.onInstalled),
			onStartup: event(fakeBrowser.runtime.onStartup),
			openOptionsPage: live(async () => {
				world.optionsPageOpened.push(Date.now());
			}),
		},
		storage: {local: area(fakeBrowser.storage.local), session: area(fakeBrowser.storage.session)},
		tabs: {
			create: live(async ({url}: {url: string}) => {
				world.tabsOpened.push(url);
			}),
		},
		alarms: {
			create: live(async (name: string, info: {when: number}) => fakeBrowser.alarms.create(name, info)),
			get: live(async (name: string) => fakeBrowser.alarms.get(name)),
			getAll: live(async () => fakeBrowser.alarms.getAll()),
			clear: live(async (name: string) => fakeBrowser.alarms.clear(name)),
			onAlarm: event(fakeBrowser.alarms.onAlarm),
		},
		action: {
			setBadgeText: live(async (details: {text: string}) => fakeBrowser.action.setBadgeText(details)),
			setTitle: live(async (details: {title: string}) => fakeBrowser.action.setTitle(details)),
			setBadgeBackgroundColor: live(async (details: {color: string}) => fakeBrowser.action.setBadgeBackgroundColor(details)),
		},
		contextMenus: {
			create: live(world.menus.api.create),
			update: live(world.menus.api.update),
			remove: live(world.menus.api.remove),
			removeAll: live(world.menus.api.removeAll),
			onClicked: event(world.menus.api.onClicked),
		},
		commands: {onCommand: event(world.onCommand)},
		identity: {getRedirectURL: world.identity.api.getRedirectURL, launchWebAuthFlow: live(world.identity.api.launchWebAuthFlow)},
		i18n: {getMessage: world.i18n.getMessage, getUILanguage: world.i18n.getUILanguage},
		permissions: {
			contains: live(async () => world.settings.hostPermission),
			onAdded: event(world.permissionsAdded),
			onRemoved: event(world.permissionsRemoved),
		},
	};
	return {
		browser,
		kill,
		/** Resolves when the worker has been stopped right after a write that matches. */
		async dieAfterWrite(write: (items: Record<string, unknown>) => boolean): Promise<void> {
			return new Promise(died => {
				dieAfter = {write, died};
			});
		},
	};
}
