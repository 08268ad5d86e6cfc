// @vitest-environment happy-dom
import {render, screen} from '@testing-library/preact';
import {descriptionOf} from '../../test/helpers/page-queries';
import {makeOffer} from '../../test/helpers/page-state';
import {valuesFromOffer} from './form-values';
import {OfferFields} from './offer-fields';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/helpers/fake-page-browser')).fakeBrowser}));

const values = valuesFromOffer(makeOffer({Title: 'Slow dance 💃', Duration: 30, TotalCredits: 24, ModeID: 3}));

function renderFields(overrides = {}) {
	const onChange = vi.fn();
	render(<OfferFields idPrefix="o" values={values} violations={{}} isShown={() => true} rates={{PrivatePPM: 2.5}} onChange={onChange} {...overrides}/>);
	return onChange;
}

it('labels every control exactly, with both modes to choose from', () => {
	renderFields();
	for (const label of ['Title', 'Duration (minutes)', 'Total credits', 'Offer number']) {
		expect(screen.getByRole('textbox', {name: label})).toBeDefined();
	}

	const mode = screen.getByRole('combobox', {name: 'Mode'});
	expect([...mode.querySelectorAll('option')].map(option => option.textContent)).toEqual(['Group chat', 'Private']);
	expect(screen.getByRole('checkbox', {name: 'Available'})).toHaveProperty('checked', true);
	expect(screen.getByRole('checkbox', {name: 'Allow rate continue'})).toHaveProperty('checked', false);
});

it('counts title characters as people do, and shows the live price against the floor and the normal rate', () => {
	renderFields();
	expect(descriptionOf(screen.getByRole('textbox', {name: 'Title'}))).toBe('12 of 50 characters');
	expect(descriptionOf(screen.getByRole('textbox', {name: 'Total credits'})))
		.toBe('0.80/min · lowest for 30 min: 18 credits · normal private rate 2.50/min');
});

it('shows a broken rule beside its field only once the field may speak', () => {
	const violations = {Duration: {rule: 'durationTooShort', args: ['5']}};
	renderFields({violations, isShown: (field: string) => field !== 'Duration'});
	expect(screen.getByRole('textbox', {name: 'Duration (minutes)'}).hasAttribute('aria-invalid')).toBe(false);
});
