import {publishedViewKey} from '../messaging/published-view-key';
import {preloadGlobal} from '../messaging/published-view-preload';

/*
A classic script in the popup's <head>: it asks for the published view while the browser is
still loading and compiling popup.js, which takes longer than the read itself. No polyfill
here, to stay a few hundred bytes: Firefox has `browser`, Chrome's `chrome` returns promises.
*/
type ExtensionApi = {storage: {session: {get(key: string): Promise<Record<string, unknown>>}}};
const {browser, chrome} = globalThis as unknown as {browser?: ExtensionApi; chrome: ExtensionApi};
(globalThis as Record<string, unknown>)[preloadGlobal] = (browser ?? chrome).storage.session.get(publishedViewKey);
