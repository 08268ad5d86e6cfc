import browser from 'webextension-polyfill';
import type {Reply, Request} from './protocol';

/**
The worker checks every reply against `ReplyStruct` before it leaves (`worker/router.ts`):
checking the whole state again here took a quarter of the popup's paint with 200 offers.
What no worker of ours would send (nothing, or no state on success) is still caught.
*/
function isReply(reply: unknown): reply is Reply {
	if (typeof reply !== 'object' || reply === null) {
		return false;
	}

	const {ok, state, error} = reply as Record<string, unknown>;
	return ok === true ? typeof state === 'object' && state !== null : ok === false && typeof error === 'object' && error !== null;
}

/** The pages' one way to the worker: a reply that breaks the protocol becomes an error, not a crash. */
export async function sendToWorker(request: Request): Promise<Reply> {
	let reply: unknown;
	try {
		reply = await browser.runtime.sendMessage(request);
	} catch {
		return {ok: false, error: {code: 'worker-unreachable', message: 'The extension’s background worker did not answer'}};
	}

	return isReply(reply) ? reply : {ok: false, error: {code: 'invalid-reply', message: 'The extension’s background worker answered in an unknown form'}};
}
