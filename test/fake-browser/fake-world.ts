import {fakeBrowser} from '@webext-core/fake-browser';
import type {Runtime} from 'webextension-polyfill';
import type {PageView} from '../../src/messaging/protocol';
import {publishedViewKey} from '../../src/messaging/published-view-key';
import {createFakeContextMenus} from './fake-context-menus';
import {createFakeEvent} from './fake-event';
import {installChromeI18n} from './chrome-i18n';
import {createFakeI18n} from './fake-i18n';
import {createFakeIdentity} from './fake-identity';
import {connectWorker} from './fake-worker-browser';

/**
One browser profile for worker tests: storage, alarms, menus, badge, identity and the rest
outlive any one worker, as they do in a browser. `connect()` gives a worker its own
`browser` object, which can be stopped.
*/
export function createFakeWorld() {
	fakeBrowser.reset();
	let lastError: {message: string} | undefined;
	const settings = {locale: 'en', hostPermission: true};
	const publishedViews: PageView[] = [];
	fakeBrowser.storage.session.onChanged.addListener(changes => {
		const view = changes[publishedViewKey]?.newValue;
		if (view !== undefined) {
			publishedViews.push(structuredClone(view as PageView));
		}
	});
	const optionsPageOpened: number[] = [];
	const tabsOpened: string[] = [];
	const menus = createFakeContextMenus(error => {
		lastError = error;
	});
	// A Chromium extension ID (32 letters a–p): the local API's sign-in page redirects to no other kind of address.
	const identity = createFakeIdentity('abcdefghijklmnopabcdefghijklmnop');
	const i18n = createFakeI18n(() => settings.locale);
	installChromeI18n(i18n);
	// Chrome's side panel, which the polyfill does not wrap: the windows it was opened in.
	const panelsOpened: number[] = [];
	Object.assign((globalThis as unknown as {chrome: object}).chrome, {
		sidePanel: {open: async ({windowId}: {windowId: number}) => void panelsOpened.push(windowId)},
	});
	const onCommand = createFakeEvent<[string]>();
	const permissionsAdded = createFakeEvent<[unknown]>();
	const permissionsRemoved = createFakeEvent<[unknown]>();

	const connect = (onKill?: () => void) =>
		connectWorker(
			{
				settings,
				lastError: () => lastError,
				optionsPageOpened,
				tabsOpened,
				menus,
				identity,
				i18n,
				onCommand,
				permissionsAdded,
				permissionsRemoved,
			},
			onKill,
		);

	const pageSender = (page = 'popup.html'): Runtime.MessageSender => ({id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(page)});

	return {
		settings,
		menus,
		identity: identity.state,
		/** Every view the worker wrote for the pages, in order. */
		publishedViews,
		/** The view a page opened now would read. */
		async publishedView(): Promise<PageView | undefined> {
			return (await fakeBrowser.storage.session.get(publishedViewKey))[publishedViewKey] as PageView | undefined;
		},
		optionsPageOpened,
		tabsOpened,
		panelsOpened,
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
		/** Fires an alarm as the browser does when its time has come: a one-time alarm is gone once fired. */
		async fireAlarm(name: string) {
			const alarm = await fakeBrowser.alarms.get(name);
			if (!alarm) {
				throw new Error(`No alarm named ${name}`);
			}

			await fakeBrowser.alarms.clear(name);
			await fakeBrowser.alarms.onAlarm.trigger(alarm);
		},
		async badge() {
			return {text: await fakeBrowser.action.getBadgeText({}), title: await fakeBrowser.action.getTitle({})};
		},
		storage: {local: fakeBrowser.storage.local, session: fakeBrowser.storage.session},
	};
}

export type FakeWorld = ReturnType<typeof createFakeWorld>;
