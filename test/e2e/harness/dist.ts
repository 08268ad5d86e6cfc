import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** The browser suite runs the local builds, which `global-setup.ts` makes once per run. */
export function distDir(target: 'local-chromium' | 'local-firefox'): string {
	return `${root}dist/${target}`;
}
