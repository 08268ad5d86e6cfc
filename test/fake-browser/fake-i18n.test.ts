// @vitest-environment node
import {createFakeI18n, fillMessage} from './fake-i18n';

it('fills named placeholders, numbered substitutions and escaped dollars as the browser does', () => {
	expect(fillMessage({message: 'Title is $COUNT$ characters; at most $Max$', placeholders: {count: {content: '$1'}, max: {content: '$2'}}}, ['51', '50'])).toBe(
		'Title is 51 characters; at most 50',
	);
	expect(fillMessage({message: 'Costs $$5, $1'}, ['now'])).toBe('Costs $5, now');
});

it('reads the catalog of the UI language, and answers nothing for an unknown key', () => {
	let locale = 'en';
	const i18n = createFakeI18n(() => locale);
	expect(i18n.getMessage('popup_availableFor', ['Tanz'])).toBe('Available: Tanz');
	locale = 'de';
	expect(i18n.getMessage('popup_availableFor', ['Tanz'])).toMatch(/Tanz/);
	expect(i18n.getMessage('popup_availableFor', ['Tanz'])).not.toBe('Available: Tanz');
	expect(i18n.getMessage('no_such_key')).toBe('');
});
