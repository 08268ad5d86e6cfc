import {useEffect, useState} from 'preact/hooks';

/**
True once `active` has held for `afterMs` without a break, counted from `since` where the worker
knows when it began (a popup opened on an old change needs no fresh wait); false again as soon as it ends.
*/
export function useOverdue(active: boolean, afterMs: number, since?: number): boolean {
	const [overdue, setOverdue] = useState(false);
	useEffect(() => {
		setOverdue(false);
		if (!active) {
			return undefined;
		}

		const timer = setTimeout(() => setOverdue(true), since === undefined ? afterMs : Math.max(0, since + afterMs - Date.now()));
		return () => clearTimeout(timer);
	}, [active, afterMs, since]);
	return active && overdue;
}
