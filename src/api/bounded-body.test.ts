// @vitest-environment node
import {BodyTooLargeError, readBoundedText} from './bounded-body';

/** A body that sends 64 KB chunks for as long as it is read, and notes when it is cancelled. */
function endlessBody() {
	const chunk = new Uint8Array(64 * 1024).fill(0x20);
	const state = {cancelled: false, sent: 0};
	const stream = new ReadableStream<Uint8Array>({
		pull(controller) {
			state.sent += chunk.byteLength;
			controller.enqueue(chunk);
		},
		cancel() {
			state.cancelled = true;
		},
	});
	return {stream, state};
}

it('reads a body within the limit, characters split across chunks included', async () => {
	const bytes = new TextEncoder().encode('[{"Title":"Slow strip 🔥"}]');
	const stream = new ReadableStream<Uint8Array>({
		start(controller) {
			controller.enqueue(bytes.slice(0, 22));
			controller.enqueue(bytes.slice(22));
			controller.close();
		},
	});
	expect(await readBoundedText(new Response(stream), bytes.byteLength)).toBe('[{"Title":"Slow strip 🔥"}]');
	expect(await readBoundedText(new Response(null, {status: 204}))).toBe('');
});

it('refuses a body declared larger than the limit without reading it', async () => {
	const {stream, state} = endlessBody();
	const response = new Response(stream, {headers: {'Content-Length': '1000001'}});
	await expect(readBoundedText(response)).rejects.toThrow(BodyTooLargeError);
	expect(state.cancelled).toBe(true);
});

it('stops reading a streamed body once it passes the limit', async () => {
	const {stream, state} = endlessBody();
	const error = await readBoundedText(new Response(stream)).catch((error: unknown) => error);
	expect(error).toBeInstanceOf(BodyTooLargeError);
	expect((error as Error).message).toBe('The answer is larger than 1 MB');
	expect(state.cancelled).toBe(true);
	expect(state.sent).toBeLessThan(1_200_000);
});
