import {useEffect, useState} from 'preact/hooks';

/** True once `active` has held for `afterMs` without a break; false again as soon as it ends. */
export function useOverdue(active: boolean, afterMs: number): boolean {
	const [overdue, setOverdue] = useState(false);
	useEffect(() => {
		setOverdue(false);
		if (!active) {
			return undefined;
		}

		const timer = setTimeout(() => setOverdue(true), afterMs);
		return () => clearTimeout(timer);
	}, [active, afterMs]);
	return active && overdue;
}
