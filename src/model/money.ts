/**
Credits are decimals with at most two places. Every comparison happens in whole hundredths
of a credit, because `18 / 30 >= 0.6` style float division misjudges the boundary.
*/
export const minimumTotalCredits = 5;
export const minimumCreditsPerMinute = 0.6;
const minimumHundredthsPerMinute = 60;

export function toHundredths(credits: number): number {
	return Math.round(credits * 100);
}

export function hasAtMostTwoDecimals(credits: number): boolean {
	return Math.abs(credits * 100 - toHundredths(credits)) < 1e-6;
}

/** The cheapest total the API accepts for a duration: max(5, 0.6 × minutes). */
export function lowestValidPrice(durationMinutes: number): number {
	const hundredths = Math.max(minimumTotalCredits * 100, Math.ceil(durationMinutes * minimumHundredthsPerMinute));
	return hundredths / 100;
}

export function meetsPerMinuteMinimum(totalCredits: number, durationMinutes: number): boolean {
	return toHundredths(totalCredits) >= durationMinutes * minimumHundredthsPerMinute;
}

export function pricePerMinute(totalCredits: number, durationMinutes: number): number {
	return toHundredths(totalCredits) / durationMinutes / 100;
}

/** "18" for whole credits, "5.40" otherwise: how prices read in the AdultWork UI. */
export function formatCredits(credits: number): string {
	const hundredths = toHundredths(credits);
	return hundredths % 100 === 0 ? String(hundredths / 100) : (hundredths / 100).toFixed(2);
}

export function formatPerMinute(creditsPerMinute: number): string {
	return creditsPerMinute.toFixed(2);
}
