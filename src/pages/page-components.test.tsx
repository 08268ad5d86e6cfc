// @vitest-environment happy-dom
import {render, screen} from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import {descriptionOf} from '../../test/helpers/page-queries';
import {ErrorText} from './error-text';
import {Loading, WorkerUnreachable} from './page-states';
import {TextField} from './text-field';
import {useFocusFirstField} from './use-focus-first-field';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/fake-browser/fake-page-browser')).fakeBrowser}));

describe('TextField', () => {
	it('ties its error and hint to the input, and reports what is typed', async () => {
		const onValue = vi.fn();
		render(<TextField id="title" label="Title" value="" error="Title is required" hint="12 of 50 characters" onValue={onValue} />);
		const input = screen.getByRole('textbox', {name: 'Title'});
		expect(input.getAttribute('aria-invalid')).toBe('true');
		expect(descriptionOf(input)).toBe('Title is required 12 of 50 characters');
		expect(document.getElementById('title-error')?.getAttribute('aria-live')).toBe('polite');
		await userEvent.type(input, 'D');
		expect(onValue).toHaveBeenCalledWith('D');
	});

	it('keeps an empty error region while valid, so a later message is announced', () => {
		render(<TextField id="title" label="Title" value="Dance" describedBy="shared" onValue={() => undefined} />);
		const input = screen.getByRole('textbox', {name: 'Title'});
		expect(input.hasAttribute('aria-invalid')).toBe(false);
		expect(input.getAttribute('aria-describedby')).toBe('title-error shared');
		expect(document.getElementById('title-error')?.textContent).toBe('');
	});
});

describe('ErrorText', () => {
	it('alerts the message, the server’s own words and what to do', () => {
		render(<ErrorText error={{code: 'unauthorized', message: 'AdultWork refused the token', serverMessage: 'Token expired'}} hint="Paste a fresh one." />);
		expect(screen.getByRole('alert').textContent).toBe('AdultWork refused the tokenAdultWork said: “Token expired”Paste a fresh one.');
	});

	it('says AdultWork’s words once, even when the message repeats them', () => {
		render(
			<ErrorText error={{code: 'validation', message: 'AdultWork refused the change: The request is invalid.', serverMessage: 'The request is invalid.'}} />,
		);
		expect(screen.getByRole('alert').textContent).toBe('AdultWork refused the changeAdultWork said: “The request is invalid.”');
	});

	it('says nothing without an error', () => {
		const {container} = render(<ErrorText error={undefined} />);
		expect(container.innerHTML).toBe('');
	});
});

describe('Loading and WorkerUnreachable', () => {
	it('says it is loading', () => {
		render(<Loading />);
		expect(screen.getByRole('status').textContent).toBe('Loading…');
	});

	it('says the worker is not answering, and tries again', async () => {
		const onRetry = vi.fn();
		render(<WorkerUnreachable error={{code: 'worker-unreachable', message: 'The background worker did not answer'}} onRetry={onRetry} />);
		expect(screen.getByRole('alert').textContent).toContain('The background worker did not answer');
		await userEvent.click(screen.getByRole('button', {name: 'Try again'}));
		expect(onRetry).toHaveBeenCalled();
	});
});

describe('useFocusFirstField', () => {
	function Form() {
		const form = useFocusFirstField<HTMLFormElement>();
		return (
			<form ref={form}>
				<h2>Edit</h2>
				<label>
					Title <input />
				</label>
				<label>
					Mode{' '}
					<select>
						<option>Private</option>
					</select>
				</label>
			</form>
		);
	}

	it('puts the cursor in the first field as the form opens', () => {
		render(<Form />);
		expect(document.activeElement).toBe(screen.getByRole('textbox', {name: 'Title'}));
	});
});
