import {countCharacters} from './title';

it('counts characters as a person does', () => {
	expect(countCharacters('Shower show')).toBe(11);
	expect(countCharacters('🔥')).toBe(1);
	expect(countCharacters('👩‍👩‍👧‍👦 family')).toBe(8);
	expect(countCharacters('Cafe\u0301')).toBe(4);
	expect(countCharacters('')).toBe(0);
});
