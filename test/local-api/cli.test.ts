// @vitest-environment node
import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {fileURLToPath} from 'node:url';
import {demoTokens} from './demo-data';

const cli = fileURLToPath(new URL('cli.ts', import.meta.url));

it('serves on the port it is given, prints what a person needs, and stops cleanly on SIGTERM', async () => {
	const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0'], {env: {...process.env, LOCAL_API_PORT: '1'}});
	let output = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		output += chunk;
	});
	await vi.waitUntil(() => output.includes('Ctrl+C'), {timeout: 10_000});
	const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)![1]!;
	expect(output).toContain(demoTokens.performer);
	expect(output).toContain('demo-client');
	const reply = await fetch(`${url}/v1/account/verifyCredentials`, {headers: {authorization: `bearer ${demoTokens.performer}`}});
	expect(reply.status).toBe(200);
	child.kill('SIGTERM');
	const [code] = (await once(child, 'exit')) as [number | null];
	expect(code).toBe(0);
	expect(output).toContain('stopped');
}, 15_000);
