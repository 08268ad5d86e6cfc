import type {Budget, JudgedFigure, Unit} from './figures';

const decimals: Record<Unit, number> = {KB: 1, ms: 1, requests: 1, MB: 2};

/** Whole numbers stay whole (a median of counts is often one); the rest get the unit's decimals. */
export function formatAmount(value: number, unit: Unit): string {
	const text = Number.isInteger(value) ? String(value) : value.toFixed(decimals[unit]);
	return `${text} ${unit}`;
}

function formatCompared(figure: JudgedFigure): string {
	switch (figure.budget.kind) {
		case 'ratio': {
			return `${figure.compared.toFixed(2)} ×`;
		}

		case 'overhead': {
			return `${figure.compared >= 0 ? '+' : '−'}${formatAmount(Math.abs(figure.compared), figure.unit)}`;
		}

		default: {
			return '—';
		}
	}
}

export function formatBudget(budget: Budget, unit: Unit): string {
	switch (budget.kind) {
		case 'ratio': {
			return `≤ ${budget.limit} ×`;
		}

		case 'overhead': {
			return `≤ +${formatAmount(budget.limit, unit)}`;
		}

		default: {
			return `≤ ${formatAmount(budget.limit, unit)}`;
		}
	}
}

const escapeCell = (text: string) => text.replaceAll('|', '\\|');

/** A Markdown table: readable in the terminal, and pasted as is into the README. */
export function formatTable(figures: readonly JudgedFigure[]): string {
	const header = ['figure', 'median', 'baseline (median)', 'ratio / overhead', 'budget', 'result', 'runs'];
	const rows = figures.map(figure => [
		figure.name,
		formatAmount(figure.value, figure.unit),
		figure.baseline ? `${figure.baseline.name}: ${formatAmount(figure.baselineValue!, figure.unit)}` : '—',
		formatCompared(figure),
		formatBudget(figure.budget, figure.unit),
		figure.pass ? 'PASS' : '**FAIL**',
		String(figure.runs.length),
	]);
	return [header, header.map(() => '---'), ...rows].map(cells => `| ${cells.map(escapeCell).join(' | ')} |`).join('\n');
}
