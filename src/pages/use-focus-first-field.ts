import {useLayoutEffect, useRef} from 'preact/hooks';

/**
Focuses the first field of a form as it opens, as a dialog would. (Preact, unlike React,
leaves `autoFocus` to the browser, which honours it only while the page loads.)
*/
export function useFocusFirstField<T extends HTMLElement>() {
	const container = useRef<T>(null);
	useLayoutEffect(() => {
		container.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
	}, []);
	return container;
}
