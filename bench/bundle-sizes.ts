import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import type {Metafile} from 'esbuild';
import type {Figure} from './figures';

/** 1 KB = 1000 bytes: the stricter reading of the budget. */
const kilobytes = (bytes: number) => bytes / 1000;

async function gzippedSize(extensionDir: string, files: string[]): Promise<number> {
	const sizes = await Promise.all(files.map(async file => gzipSync(await readFile(path.join(extensionDir, file))).byteLength));
	return sizes.reduce((sum, size) => sum + size, 0);
}

/** An entry's file and every chunk it imports before it runs; chunks loaded later (the edit form's) are not in it. */
export function filesBeforeRun(metafile: Metafile, entry: string): string[] {
	const outputs = new Map(Object.entries(metafile.outputs).map(([file, output]) => [path.basename(file), output]));
	const files = new Set<string>();
	const visit = (file: string) => {
		if (files.has(file)) {
			return;
		}

		files.add(file);
		for (const imported of outputs.get(file)?.imports ?? []) {
			if (imported.kind === 'import-statement') {
				visit(path.basename(imported.path));
			}
		}
	};

	visit(entry);
	return [...files];
}

/** What a user downloads and the browser parses per page before it runs, each file gzipped on its own (zlib's default level). Sizes do not vary between runs: one reading each. */
export async function bundleSizes(extensionDir: string, metafilePath: string): Promise<Figure[]> {
	const metafile = JSON.parse(await readFile(metafilePath, 'utf8')) as Metafile;
	const budget = {kind: 'at-most', limit: 20} as const;
	const popupFiles = ['view-preload.js', ...filesBeforeRun(metafile, 'popup.js'), 'popup.css'];
	return [
		{name: 'popup JS + CSS before the first paint, gzip', unit: 'KB', runs: [kilobytes(await gzippedSize(extensionDir, popupFiles))], budget},
		{name: 'worker JS, gzip', unit: 'KB', runs: [kilobytes(await gzippedSize(extensionDir, filesBeforeRun(metafile, 'background.js')))], budget},
	];
}
