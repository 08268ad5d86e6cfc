import {fakeBrowser} from '@webext-core/fake-browser';
import type {Runtime} from 'webextension-polyfill';
import {createFakeContextMenus} from './fake-context-menus';
import {createFakeEvent} from './fake-event';
import {createFakeI18n} from './fake-i18n';
import {createFakeIdentity} from './fake-identity';

type Listenable = {addListener(listener: never): void; removeListener(listener: never): void};
type StorageArea = typeof fakeBrowser.storage.local;

/**
One browser profile for worker tests: storage, alarms, menus, badge, identity and the rest
outlive any one worker, as they do in a browser. `connect()` gives a worker its
`browser` object; `kill()` stops that worker at once, the way the browser stops a service
worker: its listeners are gone and whatever it asks of the browser afterwards never answers.
*/
export function createFakeWorld() {
	fakeBrowser.reset();
	let lastError: {message: string} | undefined;
	const settings = {locale: 'en', hostPermission: true, openPages: 0};
	const broadcasts: unknown[] = [];
	const optionsPageOpened: number[] = [];
	const menus = createFakeContextMenus(error => {
		lastError = error;
	});
	const identity = createFakeIdentity(fakeBrowser.runtime.id);
	const i18n = createFakeI18n(() => settings.locale);
	const onCommand = createFakeEvent<[string]>();
	const permissionsAdded = createFakeEvent<[unknown]>();
	const permissionsRemoved = createFakeEvent<[unknown]>();

	async function deliverToPages(message: unknown): Promise<unknown> {
		if (settings.openPages === 0) {
			throw new Error('Could not establish connection. Receiving end does not exist.');
		}

		broadcasts.push(structuredClone(message));
		return undefined;
	}

	function connect() {
		let dead = false;
		const detach: Array<() => void> = [];
		let dieAfter: {write: (items: Record<string, unknown>) => boolean; died: () => void} | undefined;
		const kill = () => {
			dead = true;
			for (const undo of detach) {
				undo();
			}
		};

		const never = () => new Promise<never>(() => undefined);
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		const live = <F extends (...args: any[]) => any>(call: F) => ((...args: Parameters<F>) => dead ? never() : call(...args)) as F;
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
					return lastError;
				},
				onMessage: event(fakeBrowser.runtime.onMessage),
				onInstalled: event(fakeBrowser.runtime.onInstalled),
				onStartup: event(fakeBrowser.runtime.onStartup),
				sendMessage: live(deliverToPages),
				openOptionsPage: live(async () => {
					optionsPageOpened.push(Date.now());
				}),
			},
			storage: {local: area(fakeBrowser.storage.local), session: area(fakeBrowser.storage.session)},
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
				create: live(menus.api.create),
				update: live(menus.api.update),
				remove: live(menus.api.remove),
				removeAll: live(menus.api.removeAll),
				onClicked: event(menus.api.onClicked),
			},
			commands: {onCommand: event(onCommand)},
			identity: {getRedirectURL: identity.api.getRedirectURL, launchWebAuthFlow: live(identity.api.launchWebAuthFlow)},
			i18n: {getMessage: i18n.getMessage, getUILanguage: i18n.getUILanguage},
			permissions: {
				contains: live(async () => settings.hostPermission),
				onAdded: event(permissionsAdded),
				onRemoved: event(permissionsRemoved),
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

	const pageSender = (page = 'popup.html'): Runtime.MessageSender => ({id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(page)});

	return {
		settings,
		menus,
		identity: identity.state,
		broadcasts,
		optionsPageOpened,
		connect,
		pageSender,
		/** A page's `runtime.sendMessage`: the first listener's answer, or undefined when none answered. */
		async send(message: unknown, sender: Runtime.MessageSender = pageSender()): Promise<unknown> {
			const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => undefined);
			return answers.find(answer => answer !== undefined);
		},
		install: async () => fakeBrowser.runtime.onInstalled.trigger({reason: 'install'}),
		startup: async () => fakeBrowser.runtime.onStartup.trigger(),
		press: async (command: string) => onCommand.fire(command),
		grantPermission: async () => permissionsAdded.fire({origins: []}),
		alarms: async () => fakeBrowser.alarms.getAll(),
		/** Fires an alarm as the browser does when its time has come. */
		async fireAlarm(name: string) {
			const alarm = await fakeBrowser.alarms.get(name);
			if (!alarm) {
				throw new Error(`No alarm named ${name}`);
			}

			await fakeBrowser.alarms.onAlarm.trigger(alarm);
		},
		async badge() {
			return {text: await fakeBrowser.action.getBadgeText({}), title: await fakeBrowser.action.getTitle({})};
		},
		storage: {local: fakeBrowser.storage.local, session: fakeBrowser.storage.session},
	};
}

export type FakeWorld = ReturnType<typeof createFakeWorld>;
