/**
Error bodies are INFERRED: ASP.NET's `{Message, ModelState}`, OAuth's `{error,
error_description}`, plain text, HTML, or nothing. This is the one parser for all of them.
*/
export type ServerMessage = {
	message?: string;
	/** ModelState keys without ASP.NET's `request.` prefix: `{Title: ['…']}`. */
	fieldErrors?: Record<string, string[]>;
};

/** A server's error text is shown as it came, up to this many characters: enough for any real message, not a whole page. */
const longestMessage = 500;

function clip(text: string): string | undefined {
	const clean = text.replaceAll(/\s+/g, ' ').trim();
	if (!clean) {
		return undefined;
	}

	return clean.length > longestMessage ? `${clean.slice(0, longestMessage - 1)}…` : clean;
}

function fromJson(body: Record<string, unknown>): ServerMessage {
	const text = [body.Message, body.message, body.error_description, body.error, body.ExceptionMessage].find(value => typeof value === 'string' && value.trim());
	const result: ServerMessage = {};
	if (typeof text === 'string') {
		result.message = clip(text);
	}

	const modelState = body.ModelState ?? body.modelState;
	if (typeof modelState === 'object' && modelState !== null) {
		result.fieldErrors = {};
		for (const [key, value] of Object.entries(modelState)) {
			const messages = (Array.isArray(value) ? value : [value])
				.filter(item => typeof item === 'string')
				.map(item => clip(item))
				.filter(item => item !== undefined);
			result.fieldErrors[key.replace(/^[a-z]+\./i, '')] = messages;
		}
	}

	return result;
}

function fromHtml(html: string): ServerMessage {
	const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1] ?? /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? html;
	const message = clip(
		heading
			.replaceAll(/<[^>]*>/g, ' ')
			.replaceAll('&amp;', '&')
			.replaceAll('&lt;', '<')
			.replaceAll('&gt;', '>'),
	);
	return message ? {message} : {};
}

export function parseServerMessage(body: string, contentType: string | null): ServerMessage {
	if (!body.trim()) {
		return {};
	}

	try {
		const json: unknown = JSON.parse(body);
		if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
			return fromJson(json as Record<string, unknown>);
		}

		const message = typeof json === 'string' ? clip(json) : undefined;
		return message ? {message} : {};
	} catch {}

	if (contentType?.includes('html') || /^\s*</.test(body)) {
		return fromHtml(body);
	}

	const message = clip(body);
	return message ? {message} : {};
}
