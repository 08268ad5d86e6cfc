// @vitest-environment node
import {type ErrorCode, errorCodes} from './protocol';

it('lists every error code once, and a code outside the list fails the type check', () => {
	expect(new Set(errorCodes).size).toBe(errorCodes.length);
	expect(errorCodes).toEqual(expect.arrayContaining(['network', 'not-signed-in', 'worker-unreachable']));
	const code = 'network' as ErrorCode;
	// @ts-expect-error: no such code, so the comparison can never hold
	expect(code === 'no-such-code').toBe(false);
});
