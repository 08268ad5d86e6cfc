import process from 'node:process';
import {parseArgs} from 'node:util';
import {demoApiKey, demoClientId, demoTokens} from './demo-data';
import {startLocalApi} from './server';

/** `npm run local-api [-- --port N]`: the local API for the demo and for trying the extension by hand. */
const defaultPort = 8787;

function chosenPort(): number {
	const {values} = parseArgs({options: {port: {type: 'string'}}});
	const text = values.port ?? process.env.LOCAL_API_PORT ?? String(defaultPort);
	const port = Number(text);
	if (!Number.isInteger(port) || port < 0 || port > 65_535) {
		throw new Error(`Not a port number: ${text}`);
	}

	return port;
}

const api = await startLocalApi({port: chosenPort(), host: '127.0.0.1'});
console.log(`Local AdultWork API listening on ${api.url}

  Sign-in (implicit grant): ${api.url}/OAuth/Authorize   client_id: ${demoClientId}
  API key (getGroupDetails): ${demoApiKey}
  Demo tokens (Authorization: bearer <token>):
    ScarlettRose (1001)          ${demoTokens.performer}
    VelvetMoon (1002)            ${demoTokens.performer2}
    StudioLuna (3001, manager)   ${demoTokens.manager}
    always expired               ${demoTokens.expired}
    1001 without DirectCam scope ${demoTokens.noScope}
  Admin (tests): ${api.url}/__admin/switches, /reset, /requests, /offers, /seed, /revoke, /tokens

Press Ctrl+C to stop.`);

let stopping = false;
async function stop(signal: string) {
	if (stopping) {
		return;
	}

	stopping = true;
	await api.close();
	console.log(`\nLocal API stopped (${signal}).`);
	process.exit(0);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		void stop(signal);
	});
}
