import {uiLanguage} from '../shared/i18n';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** "14:05" today, "1 Jan, 14:05" on another day: short enough for a popup line. */
export function formatClock(epochMs: number, now = Date.now()): string {
	const sameDay = new Date(epochMs).toDateString() === new Date(now).toDateString();
	return new Intl.DateTimeFormat(uiLanguage(), sameDay ? {timeStyle: 'short'} : {day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit'}).format(
		epochMs,
	);
}

/** "in 18 minutes", "3 hours ago": the unit that reads naturally for the distance. */
export function formatRelative(epochMs: number, now = Date.now()): string {
	const distance = epochMs - now;
	const format = new Intl.RelativeTimeFormat(uiLanguage(), {numeric: 'auto'});
	if (Math.abs(distance) < hour) {
		return format.format(Math.round(distance / minute), 'minute');
	}

	if (Math.abs(distance) < day) {
		return format.format(Math.round(distance / hour), 'hour');
	}

	return format.format(Math.round(distance / day), 'day');
}
