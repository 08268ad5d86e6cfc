// @vitest-environment happy-dom
import {render, screen} from '@testing-library/preact';
import {ErrorText} from './error-text';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/helpers/fake-page-browser')).fakeBrowser}));

it('alerts the message, the server’s own words and what to do', () => {
	render(<ErrorText error={{code: 'unauthorized', message: 'AdultWork refused the token', serverMessage: 'Token expired'}} hint="Paste a fresh one."/>);
	expect(screen.getByRole('alert').textContent).toBe('AdultWork refused the tokenAdultWork said: “Token expired”Paste a fresh one.');
});

it('says nothing without an error', () => {
	const {container} = render(<ErrorText error={undefined}/>);
	expect(container.innerHTML).toBe('');
});
