// @vitest-environment happy-dom
import {render, screen} from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import {Loading, WorkerUnreachable} from './page-states';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/helpers/fake-page-browser')).fakeBrowser}));

it('says it is loading', () => {
	render(<Loading/>);
	expect(screen.getByRole('status').textContent).toBe('Loading…');
});

it('says the worker is not answering, and tries again', async () => {
	const onRetry = vi.fn();
	render(<WorkerUnreachable error={{code: 'worker-unreachable', message: 'The background worker did not answer'}} onRetry={onRetry}/>);
	expect(screen.getByRole('alert').textContent).toContain('The background worker did not answer');
	await userEvent.click(screen.getByRole('button', {name: 'Try again'}));
	expect(onRetry).toHaveBeenCalled();
});
