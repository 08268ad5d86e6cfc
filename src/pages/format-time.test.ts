// @vitest-environment node
// A British English browser, as the page fakes have it.
import '../../test/fake-browser/fake-page-browser';
import {formatClock, formatRelative} from './format-time';

const now = new Date(2031, 0, 1, 13, 50).getTime();

it('gives only the time for today, and the date too for another day', () => {
	const today = formatClock(new Date(2031, 0, 1, 14, 5).getTime(), now);
	expect(today).toMatch(/14:05/);
	expect(today).not.toMatch(/Jan/);
	expect(formatClock(new Date(2031, 0, 3, 9, 0).getTime(), now)).toMatch(/3 Jan/);
});

it('says how far away a moment is in the unit that reads naturally', () => {
	expect(formatRelative(now + 15 * 60_000, now)).toBe('in 15 minutes');
	expect(formatRelative(now - 3 * 3_600_000, now)).toBe('3 hours ago');
	expect(formatRelative(now + 2 * 86_400_000, now)).toBe('in 2 days');
});
