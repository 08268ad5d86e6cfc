// @vitest-environment node
import {browserScript} from './in-browser';

it('sends a function with its argument, runnable where esbuild’s `__name` helper is missing', () => {
	// What tsx makes of a function with an inner arrow function.
	const compiled = new Function('__name', 'return ({factor}) => { const times = __name((value) => value * factor, "times"); return times(7); }') as (
		name: unknown,
	) => (argument: {factor: number}) => number;
	const script = browserScript(compiled(undefined), {factor: 6});
	expect(script).toContain('"factor":6');
	// biome-ignore lint/complexity/noCommaOperator: indirect eval runs the script at global scope, as the browser would
	// biome-ignore lint/security/noGlobalEval: the script under test is ours, built one line above
	expect((0, eval)(script)).toBe(42);
});
