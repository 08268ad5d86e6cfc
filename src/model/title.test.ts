import {countCharacters, hasMoreCharactersThan} from './title';

it('counts characters as a person does', () => {
	expect(countCharacters('Shower show')).toBe(11);
	expect(countCharacters('🔥')).toBe(1);
	expect(countCharacters('👩‍👩‍👧‍👦 family')).toBe(8);
	expect(countCharacters('Cafe\u0301')).toBe(4);
	expect(countCharacters('')).toBe(0);
});

it('tells a text longer than a limit, in characters as a person counts them', () => {
	expect(hasMoreCharactersThan('🔥'.repeat(3), 3)).toBe(false);
	expect(hasMoreCharactersThan('🔥'.repeat(4), 3)).toBe(true);
	expect(hasMoreCharactersThan('abc', 3)).toBe(false);
	expect(hasMoreCharactersThan('x'.repeat(5_000_000), 200)).toBe(true);
});
