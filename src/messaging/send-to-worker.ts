import browser from 'webextension-polyfill';
import {is} from 'superstruct';
import {type Reply, ReplyStruct, type Request} from './protocol';

/** The pages' one way to the worker: a reply that breaks the protocol becomes an error, not a crash. */
export async function sendToWorker(request: Request): Promise<Reply> {
	let reply: unknown;
	try {
		reply = await browser.runtime.sendMessage(request);
	} catch {
		return {ok: false, error: {code: 'worker-unreachable', message: 'The extension’s background worker did not answer'}};
	}

	return is(reply, ReplyStruct)
		? reply
		: {ok: false, error: {code: 'invalid-reply', message: 'The extension’s background worker answered in an unknown form'}};
}
