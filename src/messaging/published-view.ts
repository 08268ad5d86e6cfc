import browser, {type Storage} from 'webextension-polyfill';
import type {PageView} from './protocol';
import {publishedViewKey} from './published-view-key';
import {takePreloadedView} from './published-view-preload';

/**
The worker writes the pages' view (the very state a reply carries: no token, no API key) to
`storage.session` under one key after every change (`worker/display/published-view.ts`). Pages read
it at once and watch it, instead of asking the worker and waiting for two message hops.
Extension pages are trusted contexts, to which `storage.session` is open by default in
Chrome and Firefox (content scripts are not; we have none); pages read this key and no other.
*/

/** Our own worker wrote it; the struct check a reply gets would cost the paint it saves. A missing or foreign value is no view. */
function asView(value: unknown): PageView | undefined {
	return typeof value === 'object' && value !== null && typeof (value as {revision?: unknown}).revision === 'number' ? (value as PageView) : undefined;
}

/** The last view the worker published; none in a browser session where no worker wrote one yet. */
export async function readPublishedView(): Promise<PageView | undefined> {
	try {
		const items = await (takePreloadedView() ?? browser.storage.session.get(publishedViewKey));
		return asView(items[publishedViewKey]);
	} catch {
		// The page asks the worker as well: its reply carries the state all the same.
		return undefined;
	}
}

/** Calls `listener` with each view the worker publishes from now on; returns how to stop. */
export function watchPublishedView(listener: (view: PageView) => void): () => void {
	const onChanged = (changes: Record<string, Storage.StorageChange>, area: string) => {
		// Firefox may list keys that did not change: the revision tells a page whether the view is new.
		const view = area === 'session' ? asView(changes[publishedViewKey]?.newValue) : undefined;
		if (view) {
			listener(view);
		}
	};

	browser.storage.onChanged.addListener(onChanged);
	return () => {
		browser.storage.onChanged.removeListener(onChanged);
	};
}
