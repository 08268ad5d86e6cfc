// Replaced by esbuild `define` at build time (scripts/build.ts); undefined under vitest.
declare const __DEFAULT_API_BASE__: string;
declare const __DEFAULT_CLIENT_ID__: string;
declare const __CUSTOM_API__: boolean;
