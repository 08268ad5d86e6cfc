import type {LintMessage, LintResult} from 'web-ext';

/*
The two warnings a correct build still gets, matched narrowly so that anything else fails:
- Firefox ignores `background.service_worker`, which Chromium needs (Firefox runs `scripts`);
- preact assigns `innerHTML` itself, for `dangerouslySetInnerHTML`, which we never use.
*/
function isKnownWarning(warning: LintMessage, readLine: (file: string, line: number) => string): boolean {
	if (warning.code === 'BACKGROUND_SERVICE_WORKER_IGNORED' && warning.file === 'manifest.json') {
		return true;
	}

	if (warning.code === 'UNSAFE_VAR_ASSIGNMENT' && warning.message === 'Unsafe assignment to innerHTML' && warning.file && warning.line && warning.column) {
		// Preact's diff sets `dom.innerHTML = newHtml.__html`; minified names vary.
		return /^[\w$]+\.innerHTML=[\w$]+\.__html\b/.test(readLine(warning.file, warning.line).slice(warning.column - 1));
	}

	return false;
}

/** Every error, and each warning that is not one of the known two (notices are advice). */
export function unexpectedFindings(result: LintResult, readLine: (file: string, line: number) => string): LintMessage[] {
	return [...result.errors, ...result.warnings.filter(warning => !isKnownWarning(warning, readLine))];
}
