/** The middle value; the mean of the two middle ones for an even count. Medians shrug off the odd run a busy machine spoils. */
export function median(values: readonly number[]): number {
	if (values.length === 0) {
		throw new Error('No runs to take the median of');
	}

	const sorted = [...values].sort((first, second) => first - second);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs `measure` `count` times, one after the other, and keeps every result. */
export async function repeat<T>(count: number, measure: (run: number) => Promise<T>): Promise<T[]> {
	const results: T[] = [];
	for (let run = 0; run < count; run++) {
		results.push(await measure(run));
	}

	return results;
}

/** Alternates two measurements run by run, so that a busy spell of the machine hits both alike. */
export async function interleave(
	count: number,
	first: (run: number) => Promise<number>,
	second: (run: number) => Promise<number>,
): Promise<[number[], number[]]> {
	const firsts: number[] = [];
	const seconds: number[] = [];
	for (let run = 0; run < count; run++) {
		firsts.push(await first(run));
		seconds.push(await second(run));
	}

	return [firsts, seconds];
}
