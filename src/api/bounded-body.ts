/** AdultWork's answers are a few kilobytes: a larger one is refused rather than held in memory. */
export const largestBodyBytes = 1_000_000;

/** The body was longer than the client reads. */
export class BodyTooLargeError extends Error {
	override name = 'BodyTooLargeError';

	constructor(limit: number) {
		super(`The answer is larger than ${limit / 1_000_000} MB`);
	}
}

/**
Reads a body as text, at most `limit` bytes of it: a declared or streamed length beyond that
stops the download and throws BodyTooLargeError. A stalled body is ended by the request's own
signal, which aborts the read.
*/
export async function readBoundedText(response: Response, limit = largestBodyBytes): Promise<string> {
	if (Number(response.headers.get('Content-Length')) > limit) {
		await response.body?.cancel().catch(() => undefined);
		throw new BodyTooLargeError(limit);
	}

	if (!response.body) {
		return '';
	}

	const reader = response.body.getReader();
	const decoder = new TextDecoder();
	let size = 0;
	let text = '';
	for (;;) {
		const {done, value} = await reader.read();
		if (done) {
			return text + decoder.decode();
		}

		size += value.byteLength;
		if (size > limit) {
			await reader.cancel().catch(() => undefined);
			throw new BodyTooLargeError(limit);
		}

		text += decoder.decode(value, {stream: true});
	}
}
