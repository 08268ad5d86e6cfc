/*
Derives each browser's manifest from the one manifest.json, so the differences live in code
that says why, not in copies that drift apart. manifest.json holds what the shipped extension
needs: the production API granted, the sandbox optional. The content security policy is made
here, from the API table the worker uses, so the hosts it names and their reasons stay together.
*/
import {adultWorkAuthorizeUrl, knownEnvironments} from '../src/api/environments';

export type Browser = 'chromium' | 'firefox';

export type Flavour = {
	browser: Browser;
	/** The local build also reaches a custom API, the local API on loopback at any port among them. */
	local: boolean;
};

export type Manifest = {
	background: {service_worker: string; scripts?: string[]; type: string};
	host_permissions: string[];
	optional_host_permissions: string[];
	content_security_policy?: {extension_pages: string};
	browser_specific_settings?: {gecko: Record<string, unknown>};
	permissions?: string[];
	side_panel?: {default_path: string};
	sidebar_action?: Record<string, unknown>;
	commands?: Record<string, {suggested_key?: {default?: string}; global?: boolean; description?: string}>;
	[key: string]: unknown;
};

/** The local build has the local API from the start. */
export const localHostPermissions = ['http://127.0.0.1/*', 'http://localhost/*'];

/** A custom API in the local build: any https host once the user grants it, or this computer. */
const localOptionalHostPermissions = ['https://*/*', ...localHostPermissions];

/**
What the extension's pages and worker may connect to. The shipped build: AdultWork's APIs and
its sign-in host. The sign-in itself runs in the browser's own window, which this policy does
not govern, but after a failed sign-in `askSignInPage` (src/worker/sign-in-failure.ts) fetches
the authorize page once, without cookies, to read AdultWork's reason ("Unknown client_id"):
that is a request from the extension, so the host is listed. No other https host, no loopback.
*/
function connectSources(local: boolean): string[] {
	const adultWork = [...Object.values(knownEnvironments).map(({apiBaseUrl}) => new URL(apiBaseUrl).origin), new URL(adultWorkAuthorizeUrl).origin];
	return ["'self'", ...new Set(adultWork), ...(local ? ['https:', 'http://127.0.0.1:*', 'http://localhost:*'] : [])];
}

export function contentSecurityPolicy(local: boolean): string {
	return `script-src 'self'; object-src 'self'; connect-src ${connectSources(local).join(' ')}`;
}

/**
Firefox asks the user's consent for what an extension sends off the computer (Mozilla's
categories). Everything here goes to AdultWork, to the performer's own account; nothing to the
developer or anyone else, and no telemetry (so no technicalAndInteraction).
- authenticationInfo: the access token goes with every request, the developer's API key with
  the group-members request.
- personallyIdentifyingInfo: a group manager's requests name the member acted for by their
  AdultWork UserID, an account ID number of another person (Mozilla lists "ID numbers" here).
  Required, not optional: an optional category is granted at run time and would have to be
  checked before each group request; acting for a member cannot work without sending the ID.
Not websiteContent: the extension reads no web page; the offers (titles, prices, availability)
are the performer's own, fetched from and sent to their account through the API. Not
financialAndPaymentInfo: an offer's price in credits is no payment or card data. The email and
user ID that VerifyCredentials answers are shown on the options page and sent nowhere.
*/
const dataCollectionPermissions = {required: ['authenticationInfo', 'personallyIdentifyingInfo']};

export function targetManifest<M extends Manifest>(source: M, {browser, local}: Flavour): M {
	const manifest = structuredClone(source);
	manifest.content_security_policy = {extension_pages: contentSecurityPolicy(local)};

	if (browser === 'chromium') {
		// Chromium runs `service_worker` and warns about `scripts`, the Gecko settings and the sidebar.
		delete manifest.background.scripts;
		delete manifest.browser_specific_settings;
		delete manifest.sidebar_action;
	} else {
		if (manifest.browser_specific_settings) {
			manifest.browser_specific_settings.gecko.data_collection_permissions = dataCollectionPermissions;
		}

		// Firefox's panel is the sidebar, and it has no global shortcuts: Ctrl+Shift+9 would only work in the browser, where Alt+Shift+O is Firefox's habit.
		delete manifest.side_panel;
		manifest.permissions = manifest.permissions?.filter(permission => permission !== 'sidePanel');
		for (const command of Object.values(manifest.commands ?? {})) {
			delete command.global;
			if (command.suggested_key?.default === 'Ctrl+Shift+9') {
				command.suggested_key.default = 'Alt+Shift+O';
			}
		}
	}

	if (local) {
		manifest.host_permissions = [...manifest.host_permissions, ...localHostPermissions];
		manifest.optional_host_permissions = [...manifest.optional_host_permissions, ...localOptionalHostPermissions];
	}

	return manifest;
}
