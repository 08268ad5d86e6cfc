import {useLayoutEffect, useState} from 'preact/hooks';

/**
Focuses an element by id once the next render is in the page: a field inside a `<details>`
that the same change opens takes no focus before then.
*/
export function useFocusAfterRender(): (id: string) => void {
	const [id, setId] = useState<string>();
	useLayoutEffect(() => {
		if (id) {
			document.getElementById(id)?.focus();
			setId(undefined);
		}
	}, [id]);
	return setId;
}
