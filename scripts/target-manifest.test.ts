// @vitest-environment node
import {readFileSync} from 'node:fs';
import {targetManifest} from './target-manifest';

const source = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8')) as Parameters<typeof targetManifest>[0];

test('leaves the one source manifest as it was', () => {
	const before = structuredClone(source);
	targetManifest(source, {browser: 'chromium', local: true});
	expect(source).toEqual(before);
});

test('the Firefox production manifest is the source itself', () => {
	expect(targetManifest(source, {browser: 'firefox', local: false})).toEqual(source);
});

test('the local build adds loopback to connect-src and keeps the other directives', () => {
	const policy = targetManifest(source, {browser: 'firefox', local: true}).content_security_policy.extension_pages;
	expect(policy).toBe('script-src \'self\'; object-src \'self\'; connect-src \'self\' https: http://127.0.0.1:* http://localhost:*');
});
