import {median} from './stats';

/** What a budget limits: the figure itself, its ratio to the baseline, or what it adds to the baseline. */
export type Budget = {kind: 'at-most'; limit: number} | {kind: 'ratio'; limit: number} | {kind: 'overhead'; limit: number};

export type Unit = 'KB' | 'ms' | 'requests' | 'MB';

/** One row of the table, with every run kept so that results.json shows the spread. */
export type Figure = {
	name: string;
	unit: Unit;
	runs: number[];
	/** Measured in the same run, alternating with the figure's runs where the two can alternate. */
	baseline?: {name: string; runs: number[]};
	budget: Budget;
};

export type JudgedFigure = Figure & {
	value: number;
	baselineValue?: number;
	/** What the budget is held against: the value, the ratio or the overhead. */
	compared: number;
	pass: boolean;
};

export function judge(figure: Figure): JudgedFigure {
	const value = median(figure.runs);
	const baselineValue = figure.baseline && median(figure.baseline.runs);
	const {budget} = figure;
	if (budget.kind !== 'at-most' && baselineValue === undefined) {
		throw new Error(`“${figure.name}” has a ${budget.kind} budget but no baseline`);
	}

	const compared = budget.kind === 'at-most' ? value : budget.kind === 'ratio' ? value / baselineValue! : value - baselineValue!;
	return {...figure, value, baselineValue, compared, pass: compared <= budget.limit};
}
