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

export type Manifest = {
	background: {service_worker: string; scripts?: string[]; type: string};
	host_permissions: string[];
	browser_specific_settings?: unknown;
	[key: string]: unknown;
};

/** Every build may reach a server on this computer (its policy allows it, the user grants it); the local build has it from the start. */
export const localHostPermissions = ['http://127.0.0.1/*', 'http://localhost/*'];

export function targetManifest<M extends Manifest>(source: M, {browser, local}: Flavour): M {
	const manifest = structuredClone(source);

	if (browser === 'chromium') {
		// Chromium runs `service_worker` and warns about `scripts` and the Gecko settings.
		delete manifest.background.scripts;
		delete manifest.browser_specific_settings;
	}

	if (local) {
		manifest.host_permissions = [...manifest.host_permissions, ...localHostPermissions];
	}

	return manifest;
}
