import browser from 'webextension-polyfill';
import {inBackground} from './lib/background-tasks';
import {exposeTestHooks} from './events/browser-test-hooks';
import {keepWakeAlarm} from './changes/wake-alarm';
import {onAlarm, onCommand, onInstalledOrStartup, onPermissionsChanged} from './events/lifecycle';
import {onMenuClicked} from './events/menu-clicks';
import {routeMessage} from './router';
import {runBeforeEachWrite} from './state/write-queue';

/*
The background worker: listeners only, added synchronously at the top level, so that the
browser finds them when it wakes the worker for an event. Each handler waits for the
stored state itself; nothing here holds state.
*/
// Every write keeps the wake alarm in step with what it stores.
runBeforeEachWrite(async state => keepWakeAlarm(state));
browser.runtime.onMessage.addListener(routeMessage);
browser.runtime.onInstalled.addListener(async details => inBackground(onInstalledOrStartup(details), 'install'));
browser.runtime.onStartup.addListener(async () => inBackground(onInstalledOrStartup(), 'startup'));
browser.alarms.onAlarm.addListener(async alarm => inBackground(onAlarm(alarm), 'alarm'));
browser.contextMenus.onClicked.addListener(async (info, tab) => inBackground(onMenuClicked(info, tab), 'menu click'));
browser.commands.onCommand.addListener(async command => inBackground(onCommand(command), 'command'));
browser.permissions.onAdded.addListener(async () => inBackground(onPermissionsChanged(), 'permission change'));
browser.permissions.onRemoved.addListener(async () => inBackground(onPermissionsChanged(), 'permission change'));
exposeTestHooks();
