// @vitest-environment happy-dom
import {act, renderHook} from '@testing-library/preact';
import {useOverdue} from './use-overdue';

beforeEach(() => {
	vi.useFakeTimers();
});

afterEach(() => {
	vi.useRealTimers();
});

it('turns true only after the time has passed without a break', () => {
	const {result, rerender} = renderHook(({active}) => useOverdue(active, 5000), {initialProps: {active: true}});
	act(() => {
		vi.advanceTimersByTime(4999);
	});
	expect(result.current).toBe(false);
	act(() => {
		vi.advanceTimersByTime(1);
	});
	expect(result.current).toBe(true);
	rerender({active: false});
	expect(result.current).toBe(false);
	rerender({active: true});
	act(() => {
		vi.advanceTimersByTime(4000);
	});
	expect(result.current).toBe(false);
});

it('counts from when the change began, so a popup opened on an old change offers Retry at once', () => {
	const began = Date.now() - 4000;
	const {result} = renderHook(() => useOverdue(true, 5000, began));
	act(() => {
		vi.advanceTimersByTime(999);
	});
	expect(result.current).toBe(false);
	act(() => {
		vi.advanceTimersByTime(1);
	});
	expect(result.current).toBe(true);
	const longAgo = Date.now() - 60_000;
	const old = renderHook(() => useOverdue(true, 5000, longAgo));
	act(() => {
		vi.advanceTimersByTime(1);
	});
	expect(old.result.current).toBe(true);
});
