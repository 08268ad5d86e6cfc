/*
Builds the unpacked extension for Chromium and Firefox, and zips the production ones.
`tsx scripts/build.ts [--local] [--out DIR]`: AdultWork's hosts only by default; `--local`
adds loopback hosts and the custom API setting, and makes the local API the default
environment of a new install.
Both browsers share the same bundles (two esbuild passes, see `bundle`); only their manifests differ.
*/
import {cp, mkdir, readFile, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import * as esbuild from 'esbuild';
import {type Browser, targetManifest} from './target-manifest';
import {thirdPartyNotices} from './third-party-notices';

export type BuildOptions = {
	local: boolean;
	outDir: string;
};

export type BuiltTarget = {
	name: string;
	browser: Browser;
	dir: string;
	/** Only production targets are zipped for the stores. */
	zip?: string;
};

const root = fileURLToPath(new URL('..', import.meta.url));
const browsers: Browser[] = ['chromium', 'firefox'];
export const localApiBase = 'http://127.0.0.1:8787';
export const localClientId = 'demo-client';

/** The files of both passes and what went into them, as one build. */
type Bundle = {outputFiles: esbuild.OutputFile[]; metafile: esbuild.Metafile};

function options(local: boolean, outDir: string): esbuild.BuildOptions & {write: false; metafile: true} {
	return {
		absWorkingDir: root,
		// Not written there: the files are kept in memory and written into each target.
		outdir: outDir,
		write: false,
		bundle: true,
		format: 'esm',
		minify: true,
		target: ['chrome120', 'firefox142'],
		jsx: 'automatic',
		jsxImportSource: 'preact',
		define: {
			__DEFAULT_API_BASE__: JSON.stringify(local ? localApiBase : ''),
			// The extension's own client ID at AdultWork, given to the production build by whoever ships it.
			__DEFAULT_CLIENT_ID__: JSON.stringify(local ? localClientId : (process.env.ADULTWORK_CLIENT_ID ?? '').trim()),
			__CUSTOM_API__: JSON.stringify(local),
		},
		metafile: true,
		logLevel: 'warning',
	};
}

/**
Two passes side by side. The pages are split: what the popup draws first is in popup.js and
the chunks it imports, and the edit form comes in its own chunk on the first Edit. The worker
(a service worker loads no chunk it was not started with) and the preload (a classic script:
no imports) stay whole files.
*/
async function bundle(local: boolean, outDir: string): Promise<Bundle> {
	const [whole, split] = await Promise.all([
		esbuild.build({
			...options(local, outDir),
			entryPoints: [
				{in: 'src/worker/index.ts', out: 'background'},
				// No imports and no exports once bundled: it runs as a classic script, before popup.js is loaded.
				{in: 'src/popup/view-preload.ts', out: 'view-preload'},
			],
		}),
		esbuild.build({
			...options(local, outDir),
			entryPoints: [
				{in: 'src/popup/index.tsx', out: 'popup'},
				{in: 'src/options/index.tsx', out: 'options'},
			],
			splitting: true,
			chunkNames: 'chunk-[hash]',
		}),
	]);
	return {
		outputFiles: [...whole.outputFiles, ...split.outputFiles],
		metafile: {inputs: {...whole.metafile.inputs, ...split.metafile.inputs}, outputs: {...whole.metafile.outputs, ...split.metafile.outputs}},
	};
}

/** The side panel is the popup's app at the panel's width: its page is the popup's, marked so that the styles know. */
export const sidePanelPage = (popupPage: string) => popupPage.replace('<!doctype html>', '<!doctype html>\n<html data-surface="panel">');

async function zip(dir: string, outDir: string, name: string): Promise<string> {
	// Loaded here because only production builds are zipped, and it takes a while to load.
	const {default: webExt} = await import('web-ext');
	const {extensionPath} = await webExt.cmd.build(
		{sourceDir: dir, artifactsDir: outDir, filename: `directcam-offers-${name}.zip`, overwriteDest: true},
		{shouldExitProgram: false, showReadyMessage: false},
	);
	return extensionPath;
}

export async function build({local, outDir}: BuildOptions): Promise<BuiltTarget[]> {
	outDir = path.resolve(root, outDir);
	const [source, popupPage, result] = await Promise.all([
		readFile(path.join(root, 'manifest.json'), 'utf8'),
		readFile(path.join(root, 'extension', 'popup.html'), 'utf8'),
		bundle(local, outDir),
	]);
	const metafile = JSON.stringify(result.metafile);
	const notices = await thirdPartyNotices(result.metafile, root);

	return Promise.all(
		browsers.map(async (browser): Promise<BuiltTarget> => {
			const name = local ? `local-${browser}` : browser;
			const dir = path.join(outDir, name);
			await rm(dir, {recursive: true, force: true});
			await mkdir(dir, {recursive: true});
			await cp(path.join(root, 'extension'), dir, {recursive: true});
			const manifest = targetManifest(JSON.parse(source), {browser, local});
			await Promise.all([
				writeFile(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`),
				writeFile(path.join(dir, 'THIRD_PARTY_NOTICES.txt'), notices),
				writeFile(path.join(dir, 'sidepanel.html'), sidePanelPage(popupPage)),
				writeFile(path.join(outDir, `meta-${name}.json`), metafile),
				...result.outputFiles.map(async file => writeFile(path.join(dir, path.relative(outDir, file.path)), file.contents)),
			]);
			return local ? {name, browser, dir} : {name, browser, dir, zip: await zip(dir, outDir, name)};
		}),
	);
}

async function main() {
	const {values} = parseArgs({
		options: {
			local: {type: 'boolean', default: false},
			out: {type: 'string', default: 'dist'},
		},
	});
	const started = performance.now();
	const targets = await build({local: values.local, outDir: values.out});
	const took = Math.round(performance.now() - started);
	for (const target of targets) {
		console.log(`${path.relative(process.cwd(), target.dir)}${target.zip ? ` + ${path.relative(process.cwd(), target.zip)}` : ''}`);
	}

	console.log(`Built ${targets.map(target => target.name).join(', ')} in ${took} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
	await main();
}
