export const maximumTitleCharacters = 50;

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/** Characters as a person counts them: an emoji or an accented letter is one. */
export function countCharacters(text: string): number {
	let count = 0;
	for (const _ of segmenter.segment(text)) {
		count++;
	}

	return count;
}
