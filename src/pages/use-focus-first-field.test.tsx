// @vitest-environment happy-dom
import {render, screen} from '@testing-library/preact';
import {useFocusFirstField} from './use-focus-first-field';

function Form() {
	const form = useFocusFirstField<HTMLFormElement>();
	return (
		<form ref={form}>
			<h2>Edit</h2>
			<label>Title <input/></label>
			<label>Mode <select><option>Private</option></select></label>
		</form>
	);
}

it('puts the cursor in the first field as the form opens', () => {
	render(<Form/>);
	expect(document.activeElement).toBe(screen.getByRole('textbox', {name: 'Title'}));
});
