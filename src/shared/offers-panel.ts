import browser from 'webextension-polyfill';

/** Chrome's side panel, which the polyfill does not know. */
type SidePanel = {open(options: {windowId: number}): Promise<void>};
const chromeSidePanel = () => (globalThis as {chrome?: {sidePanel?: SidePanel}}).chrome?.sidePanel;

/** Whether this browser has a panel to open: Chrome's side panel or Firefox's sidebar. */
export const hasOffersPanel = () => Boolean(browser.sidebarAction ?? chromeSidePanel());

/**
Opens the offers panel that stays open beside the stream: Firefox's sidebar, or Chrome's side
panel in the given window. Both browsers open it only from a user's click, so call this before
anything is awaited in the click's handler.
*/
export async function openOffersPanel(windowId: number | undefined): Promise<void> {
	// Firefox first: it has a `chrome` namespace too, but its panel is the sidebar.
	if (browser.sidebarAction) {
		return browser.sidebarAction.open();
	}

	const sidePanel = chromeSidePanel();
	if (!sidePanel || windowId === undefined) {
		throw new Error('This browser has no side panel');
	}

	return sidePanel.open({windowId});
}
