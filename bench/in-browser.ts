import type {Page, Worker} from 'playwright-core';

/**
tsx compiles with esbuild's `keepNames`, which wraps inner functions in a `__name` helper
that does not exist where Playwright sends a function. The source is sent with a stand-in.
*/
export function browserScript<A>(code: (argument: A) => unknown, argument: A): string {
	return `(() => {
	const __name = target => target;
	return (${code.toString()})(${JSON.stringify(argument)});
})()`;
}

/** `evaluate` for functions with inner functions: runs `code` in the page or the worker and awaits its result. */
export async function runInBrowser<A, R>(target: Page | Worker, code: (argument: A) => R | Promise<R>, argument: A): Promise<R> {
	const script = browserScript(code, argument);
	return (target as Page).evaluate(script) as Promise<R>;
}
