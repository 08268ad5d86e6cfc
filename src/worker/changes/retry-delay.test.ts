// @vitest-environment node
import {tune, tuning} from '../lib/tuning';
import {retryDelay} from './retry-delay';

const defaults = {...tuning};
afterEach(() => {
	tune(defaults);
});

it('waits longer after each failed try, up to the last step, or as long as AdultWork asked', () => {
	tune({retryDelaysMs: [30_000, 60_000, 120_000]});
	expect([1, 2, 3, 4, 9].map(failures => retryDelay(failures))).toEqual([30_000, 60_000, 120_000, 120_000, 120_000]);
	expect(retryDelay(1, 300_000)).toBe(300_000);
	expect(retryDelay(3, 1000)).toBe(120_000);
});

it('never waits more than 15 minutes by its own schedule', () => {
	expect(Math.max(...tuning.retryDelaysMs)).toBe(15 * 60_000);
	expect(retryDelay(1000)).toBe(15 * 60_000);
});
