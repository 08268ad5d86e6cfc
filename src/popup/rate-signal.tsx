import {compareWithNormal} from './offer-facts';

const marks = {below: '▼', normal: '=', above: '▲'} as const;

/** How the price a minute compares with the normal rate: in words, with a mark and a style of its own for each way. */
export function RateSignal({rate, normal}: {rate: number; normal: number}) {
	const comparison = compareWithNormal(rate, normal);
	if (!comparison) {
		return null;
	}

	return (
		<span class={`rate-signal rate-${comparison.direction}`}>
			<span class="rate-mark" aria-hidden="true">
				{marks[comparison.direction]}
			</span>
			{comparison.text}
		</span>
	);
}
