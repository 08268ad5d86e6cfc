// @vitest-environment node
import {readFileSync} from 'node:fs';
import {type Manifest, targetManifest} from './target-manifest';

const source = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8')) as Manifest;
const productionPolicy =
	"script-src 'self'; object-src 'self'; connect-src 'self' https://api.adultwork.com https://api-sandbox.adultwork.com https://platform.adultwork.com";

test('leaves the one source manifest as it was', () => {
	const before = structuredClone(source);
	targetManifest(source, {browser: 'chromium', local: true});
	expect(source).toEqual(before);
});

test('the Firefox production manifest is the source with its content security policy and data collection, its sidebar and no global shortcut', () => {
	const {side_panel: _sidePanel, ...withoutSidePanel} = source;
	expect(targetManifest(source, {browser: 'firefox', local: false})).toEqual({
		...withoutSidePanel,
		permissions: ['storage', 'alarms', 'contextMenus', 'identity'],
		commands: {'pause-all-offers': {suggested_key: {default: 'Alt+Shift+O'}, description: '__MSG_commandPauseAll__'}},
		content_security_policy: {extension_pages: productionPolicy},
		browser_specific_settings: {
			gecko: {
				...source.browser_specific_settings!.gecko,
				data_collection_permissions: {required: ['authenticationInfo', 'personallyIdentifyingInfo']},
			},
		},
	});
});

test('production reaches AdultWork alone: its API granted, the sandbox optional, no other host', () => {
	for (const browser of ['chromium', 'firefox'] as const) {
		const manifest = targetManifest(source, {browser, local: false});
		expect(manifest.host_permissions).toEqual(['https://api.adultwork.com/*']);
		expect(manifest.optional_host_permissions).toEqual(['https://api-sandbox.adultwork.com/*']);
		expect(manifest.content_security_policy?.extension_pages).toBe(productionPolicy);
	}
});

test('the local build also reaches loopback from the start, and a custom https API once granted', () => {
	const manifest = targetManifest(source, {browser: 'firefox', local: true});
	expect(manifest.host_permissions).toEqual(['https://api.adultwork.com/*', 'http://127.0.0.1/*', 'http://localhost/*']);
	expect(manifest.optional_host_permissions).toEqual(['https://api-sandbox.adultwork.com/*', 'https://*/*', 'http://127.0.0.1/*', 'http://localhost/*']);
	expect(manifest.content_security_policy?.extension_pages).toBe(`${productionPolicy} https: http://127.0.0.1:* http://localhost:*`);
});

test('Chromium opens the side panel, and its pause shortcut works from any app (Ctrl+Shift+9, global)', () => {
	const manifest = targetManifest(source, {browser: 'chromium', local: false});
	expect(manifest.side_panel).toEqual({default_path: 'sidepanel.html'});
	expect(manifest.sidebar_action).toBeUndefined();
	expect(manifest.permissions).toContain('sidePanel');
	expect(manifest.commands!['pause-all-offers']).toEqual({suggested_key: {default: 'Ctrl+Shift+9'}, global: true, description: '__MSG_commandPauseAll__'});
	const firefox = targetManifest(source, {browser: 'firefox', local: false});
	expect(firefox.sidebar_action).toMatchObject({default_panel: 'sidepanel.html', open_at_install: false});
});
