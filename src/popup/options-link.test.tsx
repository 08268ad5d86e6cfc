// @vitest-environment happy-dom
import {render, screen} from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import {fakeBrowser} from '../../test/helpers/fake-page-browser';
import {OptionsLink} from './options-link';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/helpers/fake-page-browser')).fakeBrowser}));

it('opens the options page the browser’s way, by mouse or keyboard', async () => {
	const user = userEvent.setup();
	render(<OptionsLink/>);
	const link = screen.getByRole('link', {name: 'Options'});
	await user.click(link);
	link.focus();
	await user.keyboard('{Enter}');
	expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalledTimes(2);
	expect(window.location.href).not.toContain('options.html');
});
