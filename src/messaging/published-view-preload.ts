/** Where `popup/view-preload.ts` leaves its promise of the stored view, for `readPublishedView` to take. */
export const preloadGlobal = 'directcamPublishedView';

/** The read the popup's preload started, taken once: a later read asks storage again. */
export function takePreloadedView(): Promise<Record<string, unknown>> | undefined {
	const holder = globalThis as Record<string, unknown>;
	const preloaded = holder[preloadGlobal] as Promise<Record<string, unknown>> | undefined;
	delete holder[preloadGlobal];
	return preloaded;
}
