// @vitest-environment node
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Metafile} from 'esbuild';
import {bundledPackageDirs, thirdPartyNotices} from './third-party-notices';

let root: string;

async function addPackage(dir: string, manifest: Record<string, unknown>, licenseFile?: [string, string]) {
	await mkdir(path.join(root, dir), {recursive: true});
	await writeFile(path.join(root, dir, 'package.json'), JSON.stringify(manifest));
	if (licenseFile) {
		await writeFile(path.join(root, dir, licenseFile[0]), licenseFile[1]);
	}
}

/** A metafile whose one output took the given bytes from the given inputs. */
const metafileOf = (inputs: Record<string, number>) =>
	({
		inputs: {},
		outputs: {
			'out/background.js': {
				bytes: 1,
				exports: [],
				imports: [],
				inputs: Object.fromEntries(Object.entries(inputs).map(([input, bytesInOutput]) => [input, {bytesInOutput}])),
			},
		},
	}) as unknown as Metafile;

beforeEach(async () => {
	root = await mkdtemp(path.join(tmpdir(), 'directcam-notices-'));
});
afterEach(async () => rm(root, {recursive: true, force: true}));

it('finds the packages that put code in a bundle, scoped and nested ones too, but not our own files', () => {
	expect(
		bundledPackageDirs(
			metafileOf({
				'src/worker/index.ts': 900,
				'../main/node_modules/ky/distribution/index.js': 10,
				'node_modules/@scope/tool/dist/a.js': 5,
				'node_modules/outer/node_modules/inner/index.js': 5,
				'node_modules/shaken/index.js': 0,
			}),
		),
	).toEqual(['../main/node_modules/ky', 'node_modules/@scope/tool', 'node_modules/outer/node_modules/inner']);
});

it('lists each package once, with its version, licence text and repository, and where an MPL package’s source is', async () => {
	await addPackage('node_modules/zeta', {name: 'zeta', version: '1.2.3', license: 'MIT', repository: 'owner/zeta'}, ['license', 'MIT Licence text of zeta\n']);
	await addPackage(
		'node_modules/alpha',
		{name: 'alpha', version: '0.12.0', license: 'MPL-2.0', repository: {type: 'git', url: 'git+https://github.com/org/alpha.git'}},
		['LICENSE', 'Mozilla Public License Version 2.0'],
	);
	const notices = await thirdPartyNotices(
		metafileOf({
			'node_modules/zeta/index.js': 10,
			'node_modules/zeta/sub/other.js': 10,
			'node_modules/alpha/dist/alpha.js': 10,
		}),
		root,
	);
	expect(notices).toContain(
		[
			'alpha 0.12.0',
			'Licence: MPL-2.0',
			'Repository: https://github.com/org/alpha',
			'Source code: bundled as published, minified; its Source Code Form is the npm package, https://www.npmjs.com/package/alpha/v/0.12.0, and https://github.com/org/alpha.',
			'',
			'Mozilla Public License Version 2.0',
		].join('\n'),
	);
	expect(notices).toContain('zeta 1.2.3\nLicence: MIT\nRepository: https://github.com/owner/zeta\n\nMIT Licence text of zeta\n');
	expect(notices.indexOf('alpha 0.12.0')).toBeLessThan(notices.indexOf('zeta 1.2.3'));
	expect(notices.match(/zeta 1\.2\.3/g)).toHaveLength(1);
	expect(notices).not.toMatch(/zeta[\s\S]*Source code:/);
});

it('fails the build for a bundled package without its licence file', async () => {
	await addPackage('node_modules/bare', {name: 'bare', version: '1.0.0', license: 'MIT'});
	await expect(thirdPartyNotices(metafileOf({'node_modules/bare/index.js': 1}), root)).rejects.toThrow(/licence file/);
});
