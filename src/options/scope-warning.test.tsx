// @vitest-environment happy-dom
import {render, screen} from '@testing-library/preact';
import {makePageView, signedOutView} from '../../test/fake-browser/page-view-fixture';
import {ScopeWarning} from './scope-warning';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/fake-browser/fake-page-browser')).fakeBrowser}));

it('warns, naming them, when AdultWork granted fewer scopes than the extension asked for', () => {
	render(<ScopeWarning state={makePageView({grantedScopes: ['account_information']})} />);
	expect(screen.getByRole('status').textContent).toBe(
		'AdultWork granted fewer permissions than the extension asked for (missing: account_webcam_bookings), so some features will fail. Sign in again and allow them all.',
	);
});

it('says nothing when all were granted, when it is not known, or when signed out', () => {
	for (const state of [
		makePageView({grantedScopes: ['account_webcam_bookings', 'account_information']}),
		makePageView(),
		{...signedOutView(), grantedScopes: []},
	]) {
		const view = render(<ScopeWarning state={state} />);
		expect(view.container.textContent).toBe('');
		view.unmount();
	}
});
