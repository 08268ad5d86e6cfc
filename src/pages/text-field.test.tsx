// @vitest-environment happy-dom
import {render, screen} from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import {descriptionOf} from '../../test/helpers/page-queries';
import {TextField} from './text-field';

it('ties its error and hint to the input, and reports what is typed', async () => {
	const onValue = vi.fn();
	render(<TextField id="title" label="Title" value="" error="Title is required" hint="12 of 50 characters" onValue={onValue}/>);
	const input = screen.getByRole('textbox', {name: 'Title'});
	expect(input.getAttribute('aria-invalid')).toBe('true');
	expect(descriptionOf(input)).toBe('Title is required 12 of 50 characters');
	expect(document.getElementById('title-error')?.getAttribute('aria-live')).toBe('polite');
	await userEvent.type(input, 'D');
	expect(onValue).toHaveBeenCalledWith('D');
});

it('keeps an empty error region while valid, so a later message is announced', () => {
	render(<TextField id="title" label="Title" value="Dance" describedBy="shared" onValue={() => undefined}/>);
	const input = screen.getByRole('textbox', {name: 'Title'});
	expect(input.hasAttribute('aria-invalid')).toBe(false);
	expect(input.getAttribute('aria-describedby')).toBe('title-error shared');
	expect(document.getElementById('title-error')?.textContent).toBe('');
});
