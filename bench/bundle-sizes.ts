import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import type {Figure} from './figures';

/** 1 KB = 1000 bytes: the stricter reading of the budget. */
const kilobytes = (bytes: number) => bytes / 1000;

async function gzippedSize(extensionDir: string, files: string[]): Promise<number> {
	const sizes = await Promise.all(files.map(async file => gzipSync(await readFile(path.join(extensionDir, file))).byteLength));
	return sizes.reduce((sum, size) => sum + size, 0);
}

/** What a user downloads and the browser parses per page, each file gzipped on its own (zlib's default level). Sizes do not vary between runs: one reading each. */
export async function bundleSizes(extensionDir: string): Promise<Figure[]> {
	const budget = {kind: 'at-most', limit: 20} as const;
	return [
		{name: 'popup JS + CSS, gzip', unit: 'KB', runs: [kilobytes(await gzippedSize(extensionDir, ['view-preload.js', 'popup.js', 'popup.css']))], budget},
		{name: 'worker JS, gzip', unit: 'KB', runs: [kilobytes(await gzippedSize(extensionDir, ['background.js']))], budget},
	];
}
