import {tuning} from '../lib/tuning';

/** The wait before the next try: the schedule's step for this failure, or longer when AdultWork asked for it. */
export function retryDelay(failures: number, retryAfterMs = 0): number {
	const steps = tuning.retryDelaysMs;
	const step = steps[Math.min(Math.max(failures, 1), steps.length) - 1] ?? 0;
	return Math.max(step, retryAfterMs);
}
