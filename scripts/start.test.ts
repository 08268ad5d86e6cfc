// @vitest-environment node
import {type ChildProcess, spawn} from 'node:child_process';
import {createServer} from 'node:net';
import {fileURLToPath} from 'node:url';
import {noDisplayMessage, parseStartArguments} from './start';

const root = fileURLToPath(new URL('..', import.meta.url));
let child: ChildProcess | undefined;
afterEach(() => {
	child?.kill('SIGTERM');
});

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>(resolve => {
		server.listen(0, '127.0.0.1', resolve);
	});
	const {port} = server.address() as {port: number};
	await new Promise(resolve => server.close(resolve));
	return port;
}

/** `npm start` as a newcomer runs it, with these arguments and no display. */
function startWithoutDisplay(port: number, ...argv: string[]): ChildProcess {
	const {DISPLAY, WAYLAND_DISPLAY, ...environment} = process.env;
	child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', ...argv], {cwd: root, env: {...environment, LOCAL_API_PORT: String(port)}});
	return child;
}

it('opens Chromium unless asked for Firefox, and refuses what it does not know in one sentence', () => {
	expect(parseStartArguments([])).toEqual({browser: 'chromium'});
	expect(parseStartArguments(['--firefox'])).toEqual({browser: 'firefox'});
	expect(() => parseStartArguments(['--safari'])).toThrow('Unknown argument --safari: use npm start (Chromium) or npm start -- --firefox (Firefox ESR).');
});

it('tells where to load each build by hand, and to open the developer settings for the demo token', () => {
	expect(noDisplayMessage('chromium', 'dist/local-chromium')).toContain('chrome://extensions → Developer mode → Load unpacked → dist/local-chromium');
	const firefox = noDisplayMessage('firefox', 'dist/local-firefox');
	expect(firefox).toContain('about:debugging#/runtime/this-firefox → Load Temporary Add-on… → dist/local-firefox/manifest.json');
	expect(firefox).toContain('open "Developer settings", paste the demo token demo-performer-token under "Access token" and Save.');
});

it('says in one line, with no stack trace, what is wrong with its arguments', async () => {
	const started = startWithoutDisplay(await freePort(), '--safari');
	let errors = '';
	started.stderr!.on('data', (chunk: Buffer) => {
		errors += chunk.toString();
	});
	expect(await new Promise(resolve => started.on('exit', resolve))).toBe(1);
	expect(errors.trim().split('\n')).toEqual(['Unknown argument --safari: use npm start (Chromium) or npm start -- --firefox (Firefox ESR).']);
}, 30_000);

it.each([
	['chromium', [], 'dist/local-chromium'],
	['firefox', ['--firefox'], 'dist/local-firefox/manifest.json'],
])(
	'without a display (%s), keeps the local API running and says which folder to load',
	async (_browser, argv, folder) => {
		const port = await freePort();
		startWithoutDisplay(port, ...argv);
		let output = '';
		await new Promise<void>((resolve, reject) => {
			child!.stdout!.on('data', (chunk: Buffer) => {
				output += chunk.toString();
				if (output.includes('Ctrl+C')) {
					resolve();
				}
			});
			child!.on('exit', code => reject(new Error(`npm start exited with ${code}: ${output}`)));
		});

		expect(output).toContain('No display here');
		expect(output).toContain(folder);
		const answer = await fetch(`http://127.0.0.1:${port}/v1/account/verifyCredentials`, {headers: {Authorization: 'bearer demo-performer-token'}});
		expect(answer.status).toBe(200);
	},
	60_000,
);
