import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		globals: true,
		include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
		exclude: ['test/e2e/**', 'node_modules/**'],
		environment: 'node',
		setupFiles: ['test/fake-browser/chrome-i18n.ts'],
	},
});
