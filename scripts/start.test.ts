// @vitest-environment node
import {type ChildProcess, spawn} from 'node:child_process';
import {createServer} from 'node:net';
import {fileURLToPath} from 'node:url';

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

it('without a display, keeps the local API running and says which folder to load', async () => {
	const port = await freePort();
	const {DISPLAY, WAYLAND_DISPLAY, ...environment} = process.env;
	child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {cwd: root, env: {...environment, LOCAL_API_PORT: String(port)}});
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
	expect(output).toContain('dist/local-chromium');
	const answer = await fetch(`http://127.0.0.1:${port}/v1/account/verifyCredentials`, {headers: {Authorization: 'bearer demo-performer-token'}});
	expect(answer.status).toBe(200);
}, 60_000);
