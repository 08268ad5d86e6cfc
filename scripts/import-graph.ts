/*
Reads the import graph of `src/` and judges it by the layering rules below: no cycle anywhere,
and no folder importing one drawn above it. Pure but for `readImportGraph`; checked by its test in `npm test`.
*/
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

/** Lowest first: a folder may import itself and those before it, never one after it. */
export const layers: Record<string, string[]> = {
	src: ['model', 'api', 'shared', 'messaging', 'worker|pages', 'popup|options'],
	'src/worker': ['lib', 'state', 'changes', 'display', 'auth', 'offers', 'sending', 'events', '.'],
};

export type ImportGraph = Map<string, string[]>;

const importPattern = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*'(\.{1,2}\/[^']+)'|import\(\s*'(\.{1,2}\/[^']+)'\s*\)/g;

/** The relative imports of one file's text, as written. */
export function importsIn(text: string): string[] {
	return [...text.matchAll(importPattern)].map(match => match[1] ?? match[2]!);
}

function resolveModule(from: string, specifier: string, files: Set<string>): string | undefined {
	const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
	return ['.ts', '.tsx', '/index.ts', ''].map(ending => base + ending).find(candidate => files.has(candidate));
}

/** Every module under `dir` (tests left out: they may reach anywhere) and the modules it imports. */
export function readImportGraph(dir: string): ImportGraph {
	const files = new Set(
		(readdirSync(dir, {recursive: true}) as string[])
			.map(file => path.posix.join(dir, file.split(path.sep).join('/')))
			.filter(file => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.endsWith('.d.ts')),
	);
	const graph: ImportGraph = new Map();
	for (const file of files) {
		const targets = importsIn(readFileSync(file, 'utf8')).flatMap(specifier => resolveModule(file, specifier, files) ?? []);
		graph.set(file, [...new Set(targets)]);
	}

	return graph;
}

/** Each import cycle once, as the path that closes it (Tarjan's strongly connected components). */
export function findCycles(graph: ImportGraph): string[][] {
	let counter = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const cycles: string[][] = [];
	const visit = (node: string) => {
		index.set(node, counter);
		low.set(node, counter++);
		stack.push(node);
		for (const next of graph.get(node) ?? []) {
			if (!index.has(next)) {
				visit(next);
				low.set(node, Math.min(low.get(node)!, low.get(next)!));
			} else if (stack.includes(next)) {
				low.set(node, Math.min(low.get(node)!, index.get(next)!));
			}
		}

		if (low.get(node) === index.get(node)) {
			const component: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				component.push(member);
			} while (member !== node);
			if (component.length > 1 || graph.get(node)?.includes(node)) {
				cycles.push(component.reverse());
			}
		}
	};

	for (const node of graph.keys()) {
		if (!index.has(node)) {
			visit(node);
		}
	}

	return cycles;
}

/** The folder of `root` a file sits in: `.` for a file directly in `root`, undefined outside it. */
function folderOf(file: string, root: string): string | undefined {
	if (!file.startsWith(`${root}/`)) {
		return undefined;
	}

	const rest = file.slice(root.length + 1);
	return rest.includes('/') ? rest.slice(0, rest.indexOf('/')) : '.';
}

/** Imports that reach a folder drawn above the importer's, or a folder beside it on the same layer. */
export function findUpwardImports(graph: ImportGraph, rules = layers): string[] {
	const found: string[] = [];
	for (const [file, targets] of graph) {
		for (const target of targets) {
			for (const [root, order] of Object.entries(rules)) {
				const [fromFolder, toFolder] = [folderOf(file, root), folderOf(target, root)];
				const from = order.findIndex(names => names.split('|').includes(fromFolder!));
				const to = order.findIndex(names => names.split('|').includes(toFolder!));
				if (fromFolder !== toFolder && from !== -1 && to !== -1 && to >= from) {
					found.push(`${file} imports ${target}: ${root}/${order[to]} is not below ${root}/${order[from]}`);
				}
			}
		}
	}

	return found;
}
