/**
The worker's only way to the console. It prints an error's name and message, never the
error object itself: a stack or a `cause` could carry a request (and its token) along.
*/
export function logError(context: string, error: unknown): void {
	const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
	console.error(`DirectCam worker: ${context}: ${text}`);
}

export function logWarning(text: string): void {
	console.warn(`DirectCam worker: ${text}`);
}
