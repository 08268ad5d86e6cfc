import {defineConfig} from 'vitest/config';

/** Real browsers, one file at a time: two cores cannot run two browsers well. */
export default defineConfig({
	test: {
		globals: true,
		include: ['test/e2e/**/*.e2e.ts'],
		environment: 'node',
		fileParallelism: false,
		globalSetup: ['test/e2e/harness/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 120_000,
	},
});
