// @vitest-environment node
import {existsSync} from 'node:fs';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {build, type BuiltTarget, localApiBase, localClientId} from './build';
import {localHostPermissions} from './target-manifest';

type Manifest = {
	background: {service_worker?: string; scripts?: string[]; type?: string};
	host_permissions: string[];
	optional_host_permissions: string[];
	content_security_policy: {extension_pages: string};
	browser_specific_settings?: {gecko: {id: string; data_collection_permissions: {required: string[]}}};
	icons: Record<string, string>;
	action: {default_popup: string; default_icon: Record<string, string>};
	options_ui: {page: string};
};

let outDir: string;
const targets = new Map<string, BuiltTarget>();

async function manifestOf(name: string): Promise<Manifest> {
	return JSON.parse(await readFile(path.join(targets.get(name)!.dir, 'manifest.json'), 'utf8')) as Manifest;
}

async function fileOf(name: string, file: string): Promise<string> {
	return readFile(path.join(targets.get(name)!.dir, file), 'utf8');
}

/** The entry names in a zip's central directory. */
function zipEntries(zip: Buffer): string[] {
	const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	const count = zip.readUInt16LE(end + 10);
	let offset = zip.readUInt32LE(end + 16);
	const names: string[] = [];
	for (let index = 0; index < count; index++) {
		const nameLength = zip.readUInt16LE(offset + 28);
		names.push(zip.toString('utf8', offset + 46, offset + 46 + nameLength));
		offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
	}

	return names;
}

beforeAll(async () => {
	outDir = await mkdtemp(path.join(tmpdir(), 'directcam-build-'));
	const built = [...(await build({local: false, outDir})), ...(await build({local: true, outDir}))];
	for (const target of built) {
		targets.set(target.name, target);
	}
}, 30_000);

afterAll(async () => {
	await rm(outDir, {recursive: true, force: true});
});

const allTargets = ['chromium', 'firefox', 'local-chromium', 'local-firefox'];

test('builds the four targets', () => {
	expect([...targets.keys()].sort()).toEqual([...allTargets].sort());
});

test.each(['chromium', 'local-chromium'])('%s runs the service worker and has no Firefox-only keys', async name => {
	const manifest = await manifestOf(name);
	expect(manifest.background).toEqual({service_worker: 'background.js', type: 'module'});
	expect(manifest.browser_specific_settings).toBeUndefined();
});

test.each(['firefox', 'local-firefox'])('%s has background scripts, its Gecko ID and data collection', async name => {
	const manifest = await manifestOf(name);
	expect(manifest.background.scripts).toEqual(['background.js']);
	expect(manifest.background.type).toBe('module');
	expect(manifest.browser_specific_settings?.gecko.id).toBe('directcam-offers@adultwork-tools.example');
	expect(manifest.browser_specific_settings?.gecko.data_collection_permissions).toEqual({required: ['authenticationInfo', 'personallyIdentifyingInfo']});
});

test.each(['chromium', 'firefox'])('production %s talks to AdultWork only: its API granted, the sandbox optional, no other host', async name => {
	const manifest = await manifestOf(name);
	expect(manifest.host_permissions).toEqual(['https://api.adultwork.com/*']);
	expect(manifest.optional_host_permissions).toEqual(['https://api-sandbox.adultwork.com/*']);
	expect(manifest.content_security_policy.extension_pages).toBe(
		"script-src 'self'; object-src 'self'; " + "connect-src 'self' https://api.adultwork.com https://api-sandbox.adultwork.com https://platform.adultwork.com",
	);
	const text = JSON.stringify(manifest);
	for (const wider of ['https:*', 'https://*', '127.0.0.1', 'localhost', ' https: ', ' https:"']) {
		expect(text).not.toContain(wider);
	}

	const background = await fileOf(name, 'background.js');
	expect(background).not.toContain(localApiBase);
	expect(background).not.toContain(localClientId);
});

test.each(['local-chromium', 'local-firefox'])('%s also reaches loopback and defaults to the local API', async name => {
	const manifest = await manifestOf(name);
	expect(manifest.host_permissions).toEqual(['https://api.adultwork.com/*', ...localHostPermissions]);
	expect(manifest.content_security_policy.extension_pages).toMatch(/ https: http:\/\/127\.0\.0\.1:\* http:\/\/localhost:\*$/);
	const background = await fileOf(name, 'background.js');
	expect(background).toContain(localApiBase);
	expect(background).toContain(localClientId);
});

test.each(allTargets)('%s has every file its manifest names, its styles and its locales', async name => {
	const manifest = await manifestOf(name);
	const files = [
		manifest.background.service_worker ?? manifest.background.scripts![0]!,
		manifest.action.default_popup,
		manifest.options_ui.page,
		...Object.values(manifest.icons),
		...Object.values(manifest.action.default_icon),
		'popup.js',
		'view-preload.js',
		'popup.css',
		'options.js',
		'options.css',
	];
	for (const file of files) {
		expect(existsSync(path.join(targets.get(name)!.dir, file)), file).toBe(true);
	}

	for (const locale of ['en', 'de']) {
		const messages = JSON.parse(await fileOf(name, `_locales/${locale}/messages.json`)) as Record<string, {message: string}>;
		expect(messages.extName?.message).toBe('DirectCam Offers');
		expect(messages.commandPauseAll?.message).toBeTruthy();
	}
});

test.each(allTargets)('%s opens the popup’s app as its panel, marked as the panel', async name => {
	const manifest = (await manifestOf(name)) as unknown as {side_panel?: {default_path: string}; sidebar_action?: {default_panel: string}};
	const panel = manifest.side_panel?.default_path ?? manifest.sidebar_action?.default_panel;
	expect(panel).toBe('sidepanel.html');
	const page = await fileOf(name, panel!);
	expect(page).toContain('<html data-surface="panel">');
	expect(page.replace('\n<html data-surface="panel">', '')).toBe(await fileOf(name, 'popup.html'));
});

test.each(allTargets)('%s carries the third-party notices of its bundles, with their licences', async name => {
	const notices = await fileOf(name, 'THIRD_PARTY_NOTICES.txt');
	for (const [bundled, license] of [
		['ky', 'MIT'],
		['preact', 'MIT'],
		['superstruct', 'MIT'],
		['webextension-polyfill', 'MPL-2.0'],
	]) {
		expect(notices).toMatch(new RegExp(`^${bundled} \\d+\\.\\d+\\.\\d+\\nLicence: ${license}\\n`, 'm'));
	}

	expect(notices).toContain('Permission is hereby granted, free of charge');
	expect(notices).toContain('Mozilla Public License Version 2.0');
	expect(notices).toMatch(/^Source code: .*https:\/\/www\.npmjs\.com\/package\/webextension-polyfill\/v\/\d/m);
});

test.each(['chromium', 'firefox'])('the %s zip holds the manifest, the bundles and the notices', async name => {
	const zip = targets.get(name)!.zip!;
	expect(path.basename(zip)).toBe(`directcam-offers-${name}.zip`);
	const entries = zipEntries(await readFile(zip));
	expect(entries).toEqual(
		expect.arrayContaining(['manifest.json', 'background.js', 'popup.html', 'popup.js', 'options.js', '_locales/en/messages.json', 'THIRD_PARTY_NOTICES.txt']),
	);
	expect(targets.get(`local-${name}`)!.zip).toBeUndefined();
});

test('writes the bundle metafile of each target', async () => {
	for (const name of allTargets) {
		const meta = JSON.parse(await readFile(path.join(outDir, `meta-${name}.json`), 'utf8')) as {outputs: Record<string, unknown>};
		expect(Object.keys(meta.outputs).map(output => path.basename(output))).toEqual(expect.arrayContaining(['background.js', 'popup.js', 'options.js']));
	}
});
