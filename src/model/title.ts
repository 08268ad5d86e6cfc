export const maximumTitleCharacters = 50;

/**
The longest title an answer may carry. AdultWork takes 50 for a change, but an older offer may
hold more; beyond this the answer is refused, not shown in menus and stored.
*/
export const longestAnswerTitle = 200;

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/** Characters as a person counts them: an emoji or an accented letter is one. */
export function countCharacters(text: string): number {
	let count = 0;
	for (const _ of segmenter.segment(text)) {
		count++;
	}

	return count;
}

/** Stops counting past `limit`, so a huge text costs no more than a short one. */
export function hasMoreCharactersThan(text: string, limit: number): boolean {
	if (text.length <= limit) {
		return false;
	}

	let count = 0;
	for (const _ of segmenter.segment(text)) {
		if (++count > limit) {
			return true;
		}
	}

	return false;
}
