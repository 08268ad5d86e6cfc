// The parts of web-ext's node API that the build scripts use (web-ext ships no types).
declare module 'web-ext' {
	export type LintMessage = {
		code: string;
		message: string;
		description?: string;
		file?: string;
		line?: number;
		column?: number;
	};

	export type LintResult = {
		errors: LintMessage[];
		warnings: LintMessage[];
		notices: LintMessage[];
	};

	type ProgramOptions = {shouldExitProgram: false; showReadyMessage?: boolean};

	const webExt: {
		cmd: {
			build(
				options: {sourceDir: string; artifactsDir: string; filename: string; overwriteDest: boolean},
				program: ProgramOptions,
			): Promise<{extensionPath: string}>;
			lint(options: {sourceDir: string; output: 'none' | 'json' | 'text'}, program: ProgramOptions): Promise<LintResult>;
		};
	};
	export default webExt;
}
