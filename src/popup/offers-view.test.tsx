// @vitest-environment happy-dom
import {render, screen, waitFor, within} from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import {fakeBrowser, fakeWorker, setUiLanguage} from '../../test/fake-browser/fake-page-browser';
import {makePageView, manyOffers} from '../../test/fake-browser/page-view-fixture';
import type {ErrorInfo, PageView} from '../messaging/protocol';
import {sendToWorker} from '../messaging/send-to-worker';
import {useWorkerState} from '../pages/use-worker-state';
import {loadForms} from './lazy-forms';
import {MemberPicker} from './member-picker';
import {OffersView} from './offers-view';
import {PauseButton} from './pause-button';
import {RefreshStatus} from './refresh-status';
import {NoOfferList, NoOffers} from './states';
import {StatusBanner} from './status-banner';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/fake-browser/fake-page-browser')).fakeBrowser}));

// The forms' chunk (and the member picker in it) as a page has it once loaded: `lazy-forms.test.tsx` covers the wait.
beforeAll(loadForms);

describe('OffersView', () => {
	function renderView(state: PageView) {
		fakeWorker.reset(state);
		render(<OffersView state={state} send={sendToWorker} />);
	}

	it('shows a performer the panic button and the offers, without a member picker', () => {
		renderView(makePageView());
		expect(screen.getByRole('heading', {level: 1, name: 'Special offers'})).toBeDefined();
		expect(screen.getByRole('button', {name: 'Pause all offers'})).toBeDefined();
		expect(screen.getAllByRole('switch')).toHaveLength(2);
		expect(screen.queryByRole('combobox', {name: 'Member'})).toBeNull();
	});

	it('shows a group manager whose offers these are, and the member picker', () => {
		renderView(makePageView({account: {userId: 1, isGroupManager: true}, members: [{userId: 7, nickname: 'Ruby'}], actingFor: 7}));
		expect(screen.getByRole('heading', {level: 1, name: 'Offers of Ruby (7)'})).toBeDefined();
		expect(screen.getByRole('combobox', {name: 'Member'})).toBeDefined();
	});

	it('says the offers are loading when nothing was ever fetched', () => {
		renderView(makePageView({offers: [], fetchedAt: undefined}));
		expect(screen.getByText('Loading your offers…')).toBeDefined();
		expect(screen.queryByText('No special offers yet')).toBeNull();
	});

	it('lets the banner explain an empty list after a failed refresh', () => {
		renderView(makePageView({offers: [], error: {code: 'server', message: 'AdultWork is having trouble'}}));
		expect(screen.getByRole('alert').textContent).toContain('AdultWork is having trouble');
		expect(screen.queryByText('No special offers yet')).toBeNull();
	});

	it('keeps the header, Refresh and Pause in the part that stays in view', () => {
		renderView(makePageView());
		const head = screen.getByRole('banner').parentElement!;
		expect(head.classList.contains('console-head')).toBe(true);
		expect(within(head).getByRole('button', {name: 'Refresh'})).toBeDefined();
		expect(within(head).getByRole('button', {name: 'Pause all offers'})).toBeDefined();
		expect(within(head).queryByRole('list')).toBeNull();
	});

	it('offers no search for a short list', () => {
		renderView(makePageView({offers: manyOffers(8)}));
		expect(screen.queryByRole('searchbox')).toBeNull();
	});

	it('searches a long list by title or offer number, and counts what it shows', async () => {
		const user = userEvent.setup();
		renderView(makePageView({offers: manyOffers(12)}));
		const search = screen.getByRole('searchbox', {name: 'Find an offer'});
		expect(screen.getByText('12 offers').getAttribute('role')).toBe('status');
		await user.type(search, 'offer 1');
		expect(screen.getAllByRole('switch')).toHaveLength(4);
		expect(screen.getByText('4 of 12 offers')).toBeDefined();
		await user.clear(search);
		await user.type(search, '7');
		expect(screen.getAllByRole('switch').map(toggle => toggle.getAttribute('aria-label'))).toEqual(['Available: Offer 7']);
		await user.clear(search);
		await user.type(search, 'nothing like it');
		expect(screen.getByText('No offer matches “nothing like it”.')).toBeDefined();
		expect(screen.getByText('0 of 12 offers')).toBeDefined();
		// A filter of the view only: nothing was asked of the worker.
		expect(fakeWorker.requests).toEqual([]);
	});

	it('counts in German, with the plural right', async () => {
		setUiLanguage('de');
		const user = userEvent.setup();
		renderView(makePageView({offers: manyOffers(12)}));
		expect(screen.getByText('12 Angebote')).toBeDefined();
		await user.type(screen.getByRole('searchbox', {name: 'Angebot suchen'}), '12');
		expect(screen.getByText('1 von 12 Angeboten')).toBeDefined();
	});

	it('keeps Add offer by ID below the offers already added', () => {
		renderView(makePageView({noOfferList: true}));
		expect(screen.getAllByRole('switch')).toHaveLength(2);
		expect(screen.getByRole('button', {name: 'Add offer by ID'})).toBeDefined();
	});
});

describe('NoOffers and NoOfferList', () => {
	it('says there are no offers yet, and what to do', () => {
		render(<NoOffers />);
		expect(screen.getByRole('region', {name: 'No special offers yet'}).textContent).toContain('Create offers on AdultWork, then refresh.');
	});

	it('says the API has no offer list, and that offers are added by ID', () => {
		render(<NoOfferList />);
		expect(screen.getByRole('region', {name: 'No offer list'}).textContent).toContain('Add each offer by its ID');
	});
});

describe('StatusBanner', () => {
	function renderBanner(state: PageView) {
		fakeWorker.reset(state);
		const view = render(<StatusBanner state={state} send={sendToWorker} />);
		return {view, user: userEvent.setup()};
	}

	it('says nothing when all is well', () => {
		const {view} = renderBanner(makePageView());
		expect(view.container.innerHTML).toBe('');
	});

	it('says AdultWork cannot be reached, that the offers shown are cached, and that Refresh loads them again', () => {
		renderBanner(makePageView({error: {code: 'network', message: 'fetch failed'}, fetchedAt: new Date(2031, 0, 1, 13, 50).getTime()}));
		const banner = screen.getByRole('alert');
		expect(banner.textContent).toContain('AdultWork cannot be reached.');
		expect(banner.textContent).toMatch(/Showing offers as of .*13:50/);
		expect(banner.textContent).toContain('Press Refresh to load the list again.');
		// One button reloads the list, the header's Refresh; "Retry" is only for resending a change.
		expect(within(banner).queryByRole('button')).toBeNull();
	});

	it('says AdultWork’s words once, in German too', () => {
		const error: ErrorInfo = {code: 'validation', message: 'AdultWork refused the change: The request is invalid.', serverMessage: 'The request is invalid.'};
		renderBanner(makePageView({error}));
		expect(screen.getByRole('alert').textContent?.match(/The request is invalid/g)).toHaveLength(1);
		document.body.innerHTML = '';
		setUiLanguage('de');
		renderBanner(makePageView({error}));
		expect(screen.getByRole('alert').textContent).toContain('AdultWork meldet: „The request is invalid.“');
		expect(screen.getByRole('alert').textContent).toContain('Tippe auf „Aktualisieren“, um die Liste neu zu laden.');
	});

	it('says the browser is offline', () => {
		vi.spyOn(navigator, 'onLine', 'get').mockReturnValueOnce(false);
		renderBanner(makePageView({error: {code: 'network', message: 'fetch failed'}}));
		expect(screen.getByRole('alert').textContent).toContain('You are offline.');
	});

	it('shows any other error with the server’s message', () => {
		renderBanner(makePageView({error: {code: 'rate-limited', message: 'Too many requests to AdultWork', serverMessage: 'Slow down'}}));
		expect(screen.getByRole('alert').textContent).toContain('Too many requests to AdultWorkAdultWork said: “Slow down”');
	});

	it('asks to sign in again when the sign-in expired', async () => {
		const {user} = renderBanner(makePageView({error: {code: 'unauthorized', message: 'AdultWork no longer accepts the sign-in'}}));
		await user.click(screen.getByRole('button', {name: 'Sign in again'}));
		expect(fakeWorker.sent('sign-in')).toHaveLength(1);
	});

	it('sends to the options when the API host still needs the user’s permission', () => {
		renderBanner(makePageView({config: {...makePageView().config, apiBaseUrl: 'http://127.0.0.1:8787', hasHostPermission: false}}));
		expect(screen.getByRole('status').textContent).toContain('The extension may not reach 127.0.0.1:8787 yet.');
		expect(screen.getByRole('link', {name: 'Options'})).toBeDefined();
	});
});

describe('RefreshStatus', () => {
	it('says when the offers were fetched, or that a refresh runs', () => {
		const state = makePageView({fetchedAt: new Date(2031, 0, 1, 13, 50).getTime()});
		const {rerender} = render(<RefreshStatus state={state} send={sendToWorker} />);
		expect(screen.getByRole('status').textContent).toMatch(/^Updated .*13:50/);
		rerender(<RefreshStatus state={{...state, refreshing: true}} send={sendToWorker} />);
		expect(screen.getByRole('status').textContent).toBe('Refreshing…');
	});

	it('forces a refresh, and says so when the worker does not answer', async () => {
		fakeWorker.reset(makePageView());
		render(<RefreshStatus state={makePageView()} send={sendToWorker} />);
		await userEvent.click(screen.getByRole('button', {name: 'Refresh'}));
		expect(fakeWorker.sent('refresh')).toEqual([{type: 'refresh', force: true}]);
		fakeBrowser.runtime.sendMessage.mockRejectedValueOnce(new Error('gone'));
		await userEvent.click(screen.getByRole('button', {name: 'Refresh'}));
		expect((await screen.findByRole('alert')).textContent).toContain('did not answer');
	});
});

describe('PauseButton', () => {
	/** The button as the popup holds it: following the worker's state. */
	function LivePauseButton() {
		const {state, send} = useWorkerState();
		return state ? <PauseButton state={state} send={send} /> : null;
	}

	function renderButton(state: PageView) {
		fakeWorker.reset(state);
		render(<PauseButton state={state} send={sendToWorker} />);
		return userEvent.setup();
	}

	it('pauses every offer with one press', async () => {
		const user = renderButton(makePageView());
		await user.click(screen.getByRole('button', {name: 'Pause all offers'}));
		expect(fakeWorker.sent('pause-all')).toHaveLength(1);
	});

	it('says unmistakably that offers are paused, with Resume and how many it brings back', async () => {
		const user = renderButton(makePageView({pausedOfferIds: [101, 102, 103, 104]}));
		expect(screen.getByRole('status').textContent).toBe('All offers paused (4)Resume 4 offers');
		expect(screen.queryByRole('button', {name: 'Pause all offers'})).toBeNull();
		await user.click(screen.getByRole('button', {name: 'Resume 4 offers'}));
		expect(fakeWorker.sent('resume-all')).toHaveLength(1);
	});

	it('says it in German, with the plural right', () => {
		setUiLanguage('de');
		renderButton(makePageView({pausedOfferIds: [101]}));
		expect(screen.getByRole('status').textContent).toBe('Alle Angebote pausiert (1)1 Angebot fortsetzen');
		document.body.innerHTML = '';
		renderButton(makePageView({pausedOfferIds: [101, 102]}));
		expect(screen.getByRole('button', {name: '2 Angebote fortsetzen'})).toBeDefined();
	});

	it('moves the focus to the button that replaces the one pressed', async () => {
		fakeWorker.reset(makePageView());
		const user = userEvent.setup();
		render(<LivePauseButton />);
		await user.click(await screen.findByRole('button', {name: 'Pause all offers'}));
		await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', {name: 'Resume 1 offer'})));
		await user.keyboard('{Enter}');
		await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', {name: 'Pause all offers'})));
	});

	it('does not take the focus when the offers are paused from elsewhere', async () => {
		fakeWorker.reset(makePageView());
		render(<LivePauseButton />);
		await screen.findByRole('button', {name: 'Pause all offers'});
		fakeWorker.change(state => {
			state.pausedOfferIds = [101];
		});
		await screen.findByRole('button', {name: 'Resume 1 offer'});
		expect(document.activeElement).toBe(document.body);
	});

	it('says why pausing failed', async () => {
		const user = renderButton(makePageView());
		fakeWorker.answer('pause-all', (_request, state) => ({ok: false, state, error: {code: 'network', message: 'AdultWork cannot be reached'}}));
		await user.click(screen.getByRole('button', {name: 'Pause all offers'}));
		expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'AdultWork cannot be reached');
	});
});

describe('MemberPicker', () => {
	const manager = (overrides: Partial<PageView> = {}) => makePageView({account: {userId: 1, isGroupManager: true}, ...overrides});

	function renderPicker(state: PageView) {
		fakeWorker.reset(state);
		render(<MemberPicker state={state} send={sendToWorker} />);
		return userEvent.setup();
	}

	it('lists the group’s members by nickname and ID, after the manager’s own offers', async () => {
		const user = renderPicker(manager({members: [{userId: 7, nickname: 'Ruby'}, {userId: 8}], actingFor: 8}));
		const picker = screen.getByRole('combobox', {name: 'Member'});
		expect([...picker.querySelectorAll('option')].map(option => option.textContent)).toEqual(['My own offers', 'Ruby (7)', 'Member 8']);
		expect(picker).toHaveProperty('value', '8');
		await user.selectOptions(picker, 'Ruby (7)');
		await user.selectOptions(picker, 'My own offers');
		expect(fakeWorker.sent('choose-member')).toEqual([
			{type: 'choose-member', userId: 7},
			{type: 'choose-member', userId: null},
		]);
	});

	it('takes a UserID when there is no member list, and goes back to the manager’s own offers', async () => {
		const user = renderPicker(manager({actingFor: 9}));
		const userId = screen.getByRole('spinbutton', {name: 'UserID'});
		expect(screen.getByRole('group', {name: 'Member'})).toBeDefined();
		expect(userId).toHaveProperty('value', '9');
		await user.clear(userId);
		await user.type(userId, '12{Enter}');
		await user.click(screen.getByRole('button', {name: 'My own offers'}));
		expect(fakeWorker.sent('choose-member')).toEqual([
			{type: 'choose-member', userId: 12},
			{type: 'choose-member', userId: null},
		]);
	});

	it('asks for the Benutzer-ID in German', () => {
		setUiLanguage('de');
		renderPicker(manager());
		expect(screen.getByRole('spinbutton', {name: 'Benutzer-ID'})).toBeDefined();
	});

	it('refuses a UserID that is not a whole number above zero', async () => {
		const user = renderPicker(manager());
		await user.type(screen.getByRole('spinbutton', {name: 'UserID'}), '-3');
		await user.click(screen.getByRole('button', {name: 'Show'}));
		expect(screen.getByText('A UserID is a whole number of at least 1.')).toBeDefined();
		expect(fakeWorker.sent('choose-member')).toEqual([]);
	});
});
