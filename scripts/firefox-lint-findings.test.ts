// @vitest-environment node
import type {LintMessage} from 'web-ext';
import {unexpectedFindings} from './firefox-lint-findings';

const serviceWorkerIgnored: LintMessage = {
	code: 'BACKGROUND_SERVICE_WORKER_IGNORED',
	message: 'Unsupported "/background/service_worker" manifest property is ignored by Firefox.',
	file: 'manifest.json',
};

function innerHtmlWarning(column: number): LintMessage {
	return {code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe assignment to innerHTML', file: 'popup.js', line: 1, column};
}

const bundle = 'if(m)f||(e.innerHTML=m.__html),r.__k=[];el.innerHTML=userText;';
const readLine = () => bundle;

test("accepts the ignored service worker and preact's own innerHTML assignment", () => {
	const result = {errors: [], warnings: [serviceWorkerIgnored, innerHtmlWarning(bundle.indexOf('e.innerHTML') + 1)], notices: []};
	expect(unexpectedFindings(result, readLine)).toEqual([]);
});

test('reports any other innerHTML assignment', () => {
	const ours = innerHtmlWarning(bundle.indexOf('el.innerHTML') + 1);
	expect(unexpectedFindings({errors: [], warnings: [ours], notices: []}, readLine)).toEqual([ours]);
});

test('reports every error and any other warning', () => {
	const error: LintMessage = {code: 'MANIFEST_FIELD_REQUIRED', message: '"/version" is a required property'};
	const warning: LintMessage = {code: 'MANIFEST_PERMISSIONS', message: 'Unknown permission', file: 'manifest.json'};
	expect(unexpectedFindings({errors: [error], warnings: [warning, serviceWorkerIgnored], notices: []}, readLine)).toEqual([error, warning]);
});
