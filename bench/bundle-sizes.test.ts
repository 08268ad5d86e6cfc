import type {Metafile} from 'esbuild';
import {filesBeforeRun} from './bundle-sizes';

const output = (imports: Metafile['outputs'][string]['imports']) => ({bytes: 1, inputs: {}, imports, exports: []});

test('an entry counts the chunks it imports, and theirs, but not those it loads later', () => {
	const metafile: Metafile = {
		inputs: {},
		outputs: {
			'dist/bench/popup.js': output([
				{path: 'dist/bench/chunk-a.js', kind: 'import-statement'},
				{path: 'dist/bench/edit-forms-b.js', kind: 'dynamic-import'},
			]),
			'dist/bench/chunk-a.js': output([{path: 'dist/bench/chunk-c.js', kind: 'import-statement'}]),
			'dist/bench/chunk-c.js': output([{path: 'dist/bench/chunk-a.js', kind: 'import-statement'}]),
			'dist/bench/edit-forms-b.js': output([]),
		},
	};
	expect(filesBeforeRun(metafile, 'popup.js')).toEqual(['popup.js', 'chunk-a.js', 'chunk-c.js']);
});
