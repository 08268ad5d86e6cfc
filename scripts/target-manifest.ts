/*
Derives each browser's manifest from the one manifest.json, so the differences live in code
that says why, not in copies that drift apart.
*/
export type Browser = 'chromium' | 'firefox';

export type Flavour = {
	browser: Browser;
	/** The local build also reaches the local API on loopback, at any port. */
	local: boolean;
};

type Manifest = {
	background: {service_worker: string; scripts?: string[]; type: string};
	host_permissions: string[];
	content_security_policy: {extension_pages: string};
	browser_specific_settings?: unknown;
	[key: string]: unknown;
};

export const localHostPermissions = ['http://127.0.0.1/*', 'http://localhost/*'];
const localConnectSources = ['http://127.0.0.1:*', 'http://localhost:*'];

function withConnectSources(policy: string, sources: string[]): string {
	return policy
		.split(';')
		.map(directive => directive.trim().startsWith('connect-src') ? `${directive.trimEnd()} ${sources.join(' ')}` : directive)
		.join(';');
}

export function targetManifest(source: Manifest, {browser, local}: Flavour): Manifest {
	const manifest: Manifest = structuredClone(source);

	if (browser === 'chromium') {
		// Chromium runs `service_worker` and warns about `scripts` and the Gecko settings.
		delete manifest.background.scripts;
		delete manifest.browser_specific_settings;
	}

	if (local) {
		manifest.host_permissions = [...manifest.host_permissions, ...localHostPermissions];
		manifest.content_security_policy = {
			...manifest.content_security_policy,
			extension_pages: withConnectSources(manifest.content_security_policy.extension_pages, localConnectSources),
		};
	}

	return manifest;
}
