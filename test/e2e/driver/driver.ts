/**
What an end-to-end scenario may ask of a browser: the extension's pages as a user meets them,
the events only the browser's own UI fires (toolbar menu, shortcut), and what the toolbar shows.
Each scenario is written once against these types; `chromium-driver.ts` and `firefox-driver.ts`
carry them out.
*/

export type BrowserName = 'chromium' | 'firefox';

/** The extension's pages a scenario opens by name; the side panel's page is the popup's app at the panel's width. */
export type ExtensionPageName = 'popup' | 'sidepanel' | 'options';

/**
How a user finds an element: by role and exact accessible name, a form control by the exact
text of its label, or by its text (a string matches the whole text, a RegExp any part).
*/
export type Query = {role: string; name?: string} | {label: string} | {text: string | RegExp};

/** Where further elements are looked for: a page, or an element inside which to look. */
export type Scope = {
	find(query: Query): PageElement;
	/** Every element found now, without waiting. */
	findAll(query: Query): Promise<PageElement[]>;
};

/** An element, found afresh by its query at every use, so a page that redraws it cannot leave it stale. */
export type PageElement = Scope & {
	/** Waits until it is there. */
	waitFor(): Promise<void>;
	/** Waits until it is gone (for a query that many elements match: until none is left). */
	waitForGone(): Promise<void>;
	/** Whether it is there now, without waiting. */
	exists(): Promise<boolean>;
	isVisible(): Promise<boolean>;
	/** A real click: pointer input at the element's centre. */
	click(): Promise<void>;
	/** Types a value in place of the field's own, as a user who selects it all and types would. */
	type(value: string): Promise<void>;
	/** Ticks a checkbox or picks a radio button, unless it is so already. */
	check(): Promise<void>;
	/** Picks the option of a select by its text. */
	select(optionText: string): Promise<void>;
	press(key: string): Promise<void>;
	text(): Promise<string>;
	inputValue(): Promise<string>;
	isChecked(): Promise<boolean>;
	isDisabled(): Promise<boolean>;
	attribute(name: string): Promise<string | null>;
	/** What a screen reader says about a field beside its name: its error, then its hints. */
	description(): Promise<string>;
};

export type DriverPage = Scope & {
	url(): string;
	close(): Promise<void>;
};

/** What the browser tells the extension when the user clicks one of its items in the toolbar icon's menu. */
export type MenuClick = {menuItemId: string; checked?: boolean; wasChecked?: boolean};

export type BrowserDriver = {
	readonly name: BrowserName;
	/** Opens one of the extension's pages in a tab; the popup once it shows the offers or why there are none. */
	openPage(name: ExtensionPageName): Promise<DriverPage>;
	/** The next window whose address matches, such as the sign-in page the extension opens; ask before the click that opens it. */
	nextWindow(url: RegExp): Promise<DriverPage>;
	clickMenuItem(click: MenuClick): Promise<void>;
	/** What the extension hears when the user presses the command's shortcut. */
	pressCommand(command: string): Promise<void>;
	/** Those of the given menu item ids that exist. */
	existingMenuItems(ids: string[]): Promise<string[]>;
	badgeText(): Promise<string>;
	/** Signs in by the options page's own messages: for a browser in a language whose labels the steps do not read. */
	signInByMessage(apiUrl: string, token: string): Promise<void>;
	/** When the alarm of this name will fire, if it is set. */
	alarmTime(name: string): Promise<number | undefined>;
	/** What the user does when they take the extension's access to a host away in the browser's settings. */
	removeHostPermission(origin: string): Promise<boolean>;
	hasHostPermission(origin: string): Promise<boolean>;
	/** Kills the background the way the browser does when it idles (only where `canStopWorker`). */
	stopWorker(): Promise<void>;
	readonly canStopWorker: boolean;
	/** A fresh install's state for the next test, without the cost of a new browser. */
	reset(): Promise<void>;
	close(): Promise<void>;
};
