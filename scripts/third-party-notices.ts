/*
THIRD_PARTY_NOTICES.txt for every build: the packages whose code the bundles carry (from
esbuild's metafile), each with its version, licence text and where it comes from. MIT asks
for its notice in every copy; MPL-2.0 (§3.2) asks to tell the recipient where its source is.
*/
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import type {Metafile} from 'esbuild';

export type BundledPackage = {name: string; version: string; license: string; repository?: string; licenseText: string};

/** The folders of the packages that put bytes in a bundle: the innermost `node_modules/<name>` or `node_modules/@scope/<name>` of each input. */
export function bundledPackageDirs(metafile: Metafile): string[] {
	const dirs = new Set<string>();
	for (const output of Object.values(metafile.outputs)) {
		for (const [input, {bytesInOutput}] of Object.entries(output.inputs)) {
			const dir = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replaceAll('\\', '/'))?.[1];
			if (dir && bytesInOutput > 0) {
				dirs.add(dir);
			}
		}
	}

	return [...dirs];
}

type PackageJson = {name?: string; version?: string; license?: string | {type?: string}; repository?: string | {url?: string}};

/** npm's shorthand (`owner/name`) and git URLs as a web address. */
function repositoryUrl(repository: PackageJson['repository']): string | undefined {
	const url = typeof repository === 'string' ? repository : repository?.url;
	if (!url) {
		return undefined;
	}

	return /^[\w.-]+\/[\w.-]+$/.test(url)
		? `https://github.com/${url}`
		: url
				.replace(/^git\+/, '')
				.replace(/^git:\/\//, 'https://')
				.replace(/\.git$/, '');
}

export async function readBundledPackage(dir: string): Promise<BundledPackage> {
	const manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as PackageJson;
	const license = typeof manifest.license === 'string' ? manifest.license : manifest.license?.type;
	const licenseFile = (await readdir(dir)).find(file => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(file));
	if (!manifest.name || !manifest.version || !license || !licenseFile) {
		throw new Error(`${dir}: a bundled package needs a name, a version, a licence and its licence file`);
	}

	const licenseText = (await readFile(path.join(dir, licenseFile), 'utf8')).trim();
	return {name: manifest.name, version: manifest.version, license, repository: repositoryUrl(manifest.repository), licenseText};
}

const rule = '-'.repeat(72);

function notice({name, version, license, repository, licenseText}: BundledPackage): string {
	const lines = [rule, `${name} ${version}`, `Licence: ${license}`];
	if (repository) {
		lines.push(`Repository: ${repository}`);
	}

	if (license.includes('MPL')) {
		lines.push(
			`Source code: bundled as published, minified; its Source Code Form is the npm package, https://www.npmjs.com/package/${name}/v/${version}${repository ? `, and ${repository}` : ''}.`,
		);
	}

	return [...lines, '', licenseText, ''].join('\n');
}

export function formatNotices(packages: BundledPackage[]): string {
	const sorted = packages.toSorted((a, b) => a.name.localeCompare(b.name));
	return [
		'DirectCam Offers: third-party software',
		'',
		"The extension's scripts include the following packages, each under its own licence, reproduced below.",
		'',
		...sorted.map(bundled => notice(bundled)),
	].join('\n');
}

/** The notices for the bundles of one esbuild pass; input paths are relative to `root`. */
export async function thirdPartyNotices(metafile: Metafile, root: string): Promise<string> {
	const packages = await Promise.all(bundledPackageDirs(metafile).map(async dir => readBundledPackage(path.resolve(root, dir))));
	// One folder reached by two paths (a symlink, say) is one package.
	return formatNotices([...new Map(packages.map(bundled => [`${bundled.name}@${bundled.version}`, bundled])).values()]);
}
