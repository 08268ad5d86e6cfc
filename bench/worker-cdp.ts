import type {CDPSession, Page} from 'playwright-core';

export type WorkerCdp = {
	send<T = unknown>(method: string, params?: Record<string, unknown>): Promise<T>;
	detach(): Promise<void>;
};

type Envelope = {id?: number; result?: unknown; error?: {message: string}};

/**
A DevTools session on the extension's service worker. Playwright opens CDP sessions on pages
only, so a page's session attaches to the worker's target and relays messages to it.
*/
export async function attachToWorker(page: Page, extensionId: string): Promise<WorkerCdp> {
	const relay: CDPSession = await page.context().newCDPSession(page);
	const {targetInfos} = await relay.send('Target.getTargets');
	const target = targetInfos.find(info => info.type === 'service_worker' && info.url.startsWith(`chrome-extension://${extensionId}/`));
	if (!target) {
		throw new Error('The extension’s service worker is not running');
	}

	const {sessionId} = await relay.send('Target.attachToTarget', {targetId: target.targetId, flatten: false});
	const waiting = new Map<number, {resolve(value: unknown): void; reject(error: Error): void}>();
	let lastId = 0;
	relay.on('Target.receivedMessageFromTarget', event => {
		if (event.sessionId !== sessionId) {
			return;
		}

		const message = JSON.parse(event.message) as Envelope;
		const caller = message.id === undefined ? undefined : waiting.get(message.id);
		if (caller) {
			waiting.delete(message.id!);
			if (message.error) {
				caller.reject(new Error(message.error.message));
			} else {
				caller.resolve(message.result);
			}
		}
	});

	return {
		async send<T>(method: string, params: Record<string, unknown> = {}) {
			const id = ++lastId;
			const answer = new Promise<unknown>((resolve, reject) => {
				waiting.set(id, {resolve, reject});
			});
			await relay.send('Target.sendMessageToTarget', {sessionId, message: JSON.stringify({id, method, params})});
			return answer as Promise<T>;
		},
		async detach() {
			await relay.send('Target.detachFromTarget', {sessionId}).catch(() => undefined);
			await relay.detach();
		},
	};
}
