/*
`npm run bench [-- --runs N] [--only toggle-latency,form-save]`: the budgets of issue 6,
measured in real Chromium against the local API. Each figure is the median of N runs (at
least 7) beside a baseline measured in the same run; only ratios and overheads are judged.
Prints a Markdown table and writes every run to bench/results.json. It asserts nothing: a
missed budget reads FAIL.
*/
import {execFileSync} from 'node:child_process';
import {writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {browserPaths, ensureBrowsers} from '../scripts/ensure-browsers';
import {type Bench, startBench} from './bench-session';
import {bundleSizes} from './bundle-sizes';
import {type Figure, judge} from './figures';
import {formSave} from './form-save';
import {popupPaint} from './popup-paint';
import {listRequestsOnPopupOpens, putsForQuickToggles} from './request-counts';
import {scale} from './scale';
import {staleCopyToggle} from './stale-copy-toggle';
import {formatTable} from './table';
import {toggleLatency} from './toggle-latency';
import {workerHeap} from './worker-heap';

type Group = (bench: Bench, runs: number) => Promise<Figure | Figure[]>;

/** Run in this order, each group leaving the demo performer as it found them. */
const groups: Record<string, Group> = {
	sizes: async bench => bundleSizes(bench.extensionDir, path.join(bench.buildDir, 'meta-local-chromium.json')),
	'popup-paint': popupPaint,
	'toggle-latency': toggleLatency,
	'stale-toggle': staleCopyToggle,
	'form-save': formSave,
	'quick-toggles': putsForQuickToggles,
	'popup-openings': listRequestsOnPopupOpens,
	'worker-heap': workerHeap,
	'many-offers': scale,
};

const {values} = parseArgs({options: {runs: {type: 'string', default: '9'}, only: {type: 'string'}}});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 7) {
	throw new Error('--runs takes a whole number of at least 7: a median of fewer says little on a busy machine');
}

const only = values.only?.split(',') ?? Object.keys(groups);
const unknown = only.filter(name => !Object.hasOwn(groups, name));
if (unknown.length > 0) {
	throw new Error(`Unknown group ${unknown.join(', ')}; the groups are ${Object.keys(groups).join(', ')}`);
}

const started = performance.now();
const loadBefore = os.loadavg();
ensureBrowsers();
const bench = await startBench();
const figures: Figure[] = [];
try {
	for (const [name, measure] of Object.entries(groups).filter(([name]) => only.includes(name))) {
		const groupStarted = performance.now();
		figures.push(...[await measure(bench, runs)].flat());
		console.error(`${name}: ${((performance.now() - groupStarted) / 1000).toFixed(1)} s`);
	}
} finally {
	await bench.close();
}

const judged = figures.map(figure => judge(figure));
const chromium = execFileSync(browserPaths.chromium, ['--version'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim();
const seconds = Math.round((performance.now() - started) / 1000);
const command = ['npm run bench --', `--runs ${runs}`, values.only && `--only ${values.only}`].filter(Boolean).join(' ');
await writeFile(
	new URL('results.json', import.meta.url),
	`${JSON.stringify(
		{
			measuredAt: new Date().toISOString(),
			command,
			seconds,
			machine: {cpus: os.cpus().length, loadAverageBefore: loadBefore, loadAverageAfter: os.loadavg(), node: process.version, chromium},
			figures: judged,
		},
		null,
		'\t',
	)}\n`,
);
console.log(formatTable(judged));
console.log(
	`\n${judged.filter(figure => figure.pass).length} of ${judged.length} budgets hold · \`${command}\` · ${seconds} s · load average before ${loadBefore.map(load => load.toFixed(2)).join(' ')} · ${chromium}`,
);
