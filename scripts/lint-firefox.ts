/*
Builds both flavours, then runs web-ext lint (offline) on each Firefox build. Fails on any
error and on any warning beyond the two a correct build gets (see firefox-lint-findings).
*/
import {readFileSync} from 'node:fs';
import path from 'node:path';
import webExt from 'web-ext';
import {build} from './build';
import {unexpectedFindings} from './firefox-lint-findings';

let failed = false;
for (const local of [false, true]) {
	const targets = await build({local, outDir: 'dist'});
	for (const target of targets.filter(target => target.browser === 'firefox')) {
		const result = await webExt.cmd.lint({sourceDir: target.dir, output: 'none'}, {shouldExitProgram: false});
		const readLine = (file: string, line: number) => readFileSync(path.join(target.dir, file), 'utf8').split('\n')[line - 1] ?? '';
		const unexpected = unexpectedFindings(result, readLine);
		const known = result.warnings.length - (unexpected.length - result.errors.length);
		console.log(`${target.name}: ${result.errors.length} errors, ${result.warnings.length} warnings (${known} known), ${result.notices.length} notices`);
		for (const finding of unexpected) {
			console.log(`  ${finding.code} ${finding.file ?? ''}${finding.line ? `:${finding.line}:${finding.column ?? 0}` : ''} ${finding.message}`);
		}

		failed ||= unexpected.length > 0;
	}
}

process.exitCode = failed ? 1 : 0;
