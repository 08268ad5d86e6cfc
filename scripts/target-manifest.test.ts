// @vitest-environment node
import {readFileSync} from 'node:fs';
import {type Manifest, targetManifest} from './target-manifest';

const source = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8')) as Manifest & {content_security_policy: {extension_pages: string}; optional_host_permissions: string[]};

test('leaves the one source manifest as it was', () => {
	const before = structuredClone(source);
	targetManifest(source, {browser: 'chromium', local: true});
	expect(source).toEqual(before);
});

test('the Firefox production manifest is the source itself', () => {
	expect(targetManifest(source, {browser: 'firefox', local: false})).toEqual(source);
});

test('every build may reach https anywhere and plain http only on this computer, where the user can grant it', () => {
	for (const local of [false, true]) {
		const manifest = targetManifest(source, {browser: 'firefox', local});
		expect(manifest.content_security_policy.extension_pages).toBe('script-src \'self\'; object-src \'self\'; connect-src \'self\' https: http://127.0.0.1:* http://localhost:*');
		expect(manifest.optional_host_permissions.filter(pattern => pattern.startsWith('http:'))).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
	}
});
