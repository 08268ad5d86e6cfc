// @vitest-environment node
import {readFileSync} from 'node:fs';
import {findCycles, findUpwardImports, type ImportGraph, importsIn, layers, readImportGraph} from './import-graph';

const graphOf = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

it('reads static, re-exported and dynamic relative imports, not packages', () => {
	const text = "import {a} from './a';\nimport type {B} from '../b';\nexport {c} from './c';\nimport x from 'preact';\nconst d = await import('./d');";
	expect(importsIn(text)).toEqual(['./a', '../b', './c', './d']);
});

it('finds each import cycle once', () => {
	const graph = graphOf({'src/a.ts': ['src/b.ts'], 'src/b.ts': ['src/c.ts'], 'src/c.ts': ['src/a.ts'], 'src/d.ts': ['src/a.ts']});
	expect(findCycles(graph)).toEqual([['src/a.ts', 'src/b.ts', 'src/c.ts']]);
	expect(findCycles(graphOf({'src/a.ts': ['src/b.ts'], 'src/b.ts': []}))).toEqual([]);
});

it('flags an import of a folder drawn above, or beside on the same layer', () => {
	const rules = {'src/worker': ['lib', 'state', 'display', '.'], src: ['model', 'worker|pages']};
	const graph = graphOf({
		'src/worker/state/x.ts': ['src/worker/lib/y.ts', 'src/worker/state/z.ts', 'src/model/m.ts'],
		'src/worker/lib/y.ts': ['src/worker/display/v.ts'],
		'src/worker/index.ts': ['src/worker/router.ts', 'src/worker/display/v.ts'],
		'src/worker/display/v.ts': ['src/pages/i18n.ts'],
	});
	expect(findUpwardImports(graph, rules)).toEqual([
		'src/worker/lib/y.ts imports src/worker/display/v.ts: src/worker/display is not below src/worker/lib',
		'src/worker/display/v.ts imports src/pages/i18n.ts: src/worker|pages is not below src/worker|pages',
	]);
});

it('src has no import cycle, and no folder imports one above it', () => {
	const graph = readImportGraph('src');
	expect(graph.size).toBeGreaterThan(100);
	expect([...findCycles(graph).map(cycle => cycle.join(' → ')), ...findUpwardImports(graph)]).toEqual([]);
});

it('each worker folder says in its README what it may import, as the layering rule has it', () => {
	const order = layers['src/worker']!.filter(folder => folder !== '.');
	for (const [index, folder] of order.entries()) {
		const [owns, mayImport] = readFileSync(`src/worker/${folder}/README.md`, 'utf8').trim().split('\n');
		expect(owns, folder).toMatch(/^Owns: /);
		const below = order.slice(0, index);
		const named = mayImport!
			.replace(/^May import: /, '')
			.replace(/\(.*\)|`[^`]*`|nothing of the worker|every other folder of the worker/g, '')
			.split(/[,;.\s]+/)
			.filter(Boolean);
		expect(named, folder).toEqual(folder === 'events' ? [] : below);
	}
});
