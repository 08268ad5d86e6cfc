/**
Switches turn the local API into the other plausible forms of the real one (see the API
reference's INFERRED rows), and into a failing or slow server.
*/
export type ErrorShape = 'modelstate' | 'oauth' | 'text' | 'html' | 'empty';

export type FailNext = {count: number; status: number; retryAfter?: string};

export type Switches = {
	/** Every answer waits this long. */
	latencyMs: number;
	/** The next `count` API requests answer `status` (with `Retry-After` when given). */
	failNext: FailNext | undefined;
	/** The next N API requests lose their connection without an answer. */
	dropNext: number;
	/** The next N answers that would succeed send their headers and the start of the body, then nothing more. */
	stallBodyNext: number;
	/** Answers that would succeed come back as 200 with a body that is not JSON. */
	malformedJson: boolean;
	/** The list comes as `{"SpecialOffers": [...]}` instead of a bare array. */
	wrappedList: boolean;
	/** The list lacks `CurrentlyAvailable`, so availability must be read from `CanPurchase`. */
	omitCurrentlyAvailable: boolean;
	/** The list path answers 404, as if the API had no list operation. */
	noListEndpoint: boolean;
	errorShape: ErrorShape;
};

export const errorShapes: readonly ErrorShape[] = ['modelstate', 'oauth', 'text', 'html', 'empty'];

export function defaultSwitches(): Switches {
	return {
		latencyMs: 0,
		failNext: undefined,
		dropNext: 0,
		stallBodyNext: 0,
		malformedJson: false,
		wrappedList: false,
		omitCurrentlyAvailable: false,
		noListEndpoint: false,
		errorShape: 'modelstate',
	};
}

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function isFailNext(value: unknown): value is FailNext | undefined {
	if (value === undefined || value === null) {
		return true;
	}

	const {count, status, retryAfter} = value as Partial<FailNext>;
	return (
		typeof value === 'object' &&
		isCount(count) &&
		Number.isInteger(status) &&
		status! >= 100 &&
		status! <= 599 &&
		(retryAfter === undefined || typeof retryAfter === 'string')
	);
}

const checks: Record<keyof Switches, (value: unknown) => boolean> = {
	latencyMs: isCount,
	failNext: isFailNext,
	dropNext: isCount,
	stallBodyNext: isCount,
	malformedJson: value => typeof value === 'boolean',
	wrappedList: value => typeof value === 'boolean',
	omitCurrentlyAvailable: value => typeof value === 'boolean',
	noListEndpoint: value => typeof value === 'boolean',
	errorShape: value => errorShapes.includes(value as ErrorShape),
};

/** Checks a patch that came over the wire; the problems name the switches, for the test author. */
export function checkSwitchPatch(patch: unknown): {patch: Partial<Switches>} | {problems: string[]} {
	if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
		return {problems: ['Send a JSON object of switches.']};
	}

	const problems = Object.entries(patch)
		.filter(([name, value]) => !(name in checks) || !checks[name as keyof Switches](value))
		.map(([name]) => (name in checks ? `${name} has an invalid value.` : `${name} is not a switch.`));
	if (problems.length > 0) {
		return {problems};
	}

	const failNext = (patch as Partial<Switches>).failNext ?? undefined;
	return {patch: 'failNext' in patch ? {...patch, failNext} : patch};
}
