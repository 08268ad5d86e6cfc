// @vitest-environment happy-dom
import {render, screen, waitFor, within} from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import {fakeBrowser, fakeWorker, setUiLanguage} from '../../test/fake-browser/fake-page-browser';
import {unnamedControls} from '../../test/helpers/page-queries';
import {makeChange, makeEntry, makePageView, manyOffers, signedOutView} from '../../test/fake-browser/page-view-fixture';
import type {ErrorCode, PageView} from '../messaging/protocol';
import {sendToWorker} from '../messaging/send-to-worker';
import {App} from './app';
import {loadForms} from './lazy-forms';
import {OptionsLink} from './options-link';
import {PanelLink} from './panel-link';
import {SignedOut} from './signed-out';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/fake-browser/fake-page-browser')).fakeBrowser}));

// These tests are about the forms once their chunk is in; lazy-forms.test.tsx covers the wait for it.
beforeAll(async () => {
	await loadForms();
});

describe('App', () => {
	beforeEach(() => {
		fakeWorker.reset(makePageView());
	});

	async function openPopup() {
		const view = render(<App />);
		await screen.findByRole('heading', {level: 1});
		return view;
	}

	it('opens on the cached offers at once, then asks for a refresh that the cache may skip', async () => {
		await openPopup();
		expect(screen.getByRole('switch', {name: 'Available: Slow dance'})).toHaveProperty('checked', true);
		expect(screen.queryByText('Loading…')).toBeNull();
		await waitFor(() => expect(fakeWorker.sent('refresh')).toEqual([{type: 'refresh', force: false}]));
	});

	it('forces a refresh from the Refresh button and says while it runs', async () => {
		const user = userEvent.setup();
		let finish = () => {};
		// Only the forced refresh waits: the popup's own one on opening may come before or after the click.
		fakeWorker.answer('refresh', (request, state) =>
			request.force
				? new Promise(resolve => {
						finish = () => resolve({ok: true, state: {...state, refreshing: false, fetchedAt: Date.now()}});
					})
				: {ok: true, state},
		);
		await openPopup();
		await user.click(screen.getByRole('button', {name: 'Refresh'}));
		expect(fakeWorker.sent('refresh')).toContainEqual({type: 'refresh', force: true});
		expect(screen.getByRole('status', {name: ''})).toBeDefined();
		expect(screen.getByText('Refreshing…')).toBeDefined();
		finish();
		await screen.findByText(/^Updated /);
	});

	it('shows new state when the worker says it changed', async () => {
		await openPopup();
		fakeWorker.change(state => {
			state.offers[0]!.offer.Title = 'Slow dance, longer';
		});
		expect(await screen.findByRole('switch', {name: 'Available: Slow dance, longer'})).toBeDefined();
	});

	it('reopens on an unsaved edit until it is saved or cancelled', async () => {
		const user = userEvent.setup();
		const first = await openPopup();
		await user.click(screen.getByRole('button', {name: 'Edit Slow dance'}));
		await user.clear(screen.getByLabelText('Total credits'));
		await user.type(screen.getByLabelText('Total credits'), '17,99');
		first.unmount();

		await openPopup();
		expect(screen.getByLabelText('Total credits')).toHaveProperty('value', '17,99');
		await user.click(screen.getByRole('button', {name: 'Cancel'}));
		expect(fakeWorker.sent('discard-draft')).toEqual([{type: 'discard-draft', offerId: 101}]);
		await waitFor(() => expect(fakeWorker.state.offers[0]!.draft).toBeUndefined());
	});

	it('is usable by keyboard alone: switch, edit, save', async () => {
		const user = userEvent.setup();
		await openPopup();
		const pause = screen.getByRole('button', {name: 'Pause all offers'});
		pause.focus();
		await user.tab();
		expect(document.activeElement).toBe(screen.getByRole('switch', {name: 'Available: Slow dance'}));
		await user.keyboard(' ');
		expect(fakeWorker.sent('set-availability')).toEqual([{type: 'set-availability', offerId: 101, available: false}]);

		await user.tab();
		expect(document.activeElement).toBe(screen.getByRole('button', {name: 'Edit Slow dance'}));
		await user.keyboard('{Enter}');
		const title = screen.getByLabelText('Title');
		expect(document.activeElement).toBe(title);
		await user.clear(title);
		await user.type(title, 'Slower dance{Enter}');
		await waitFor(() => expect(fakeWorker.sent('update-offer')).toEqual([{type: 'update-offer', offerId: 101, patch: {Title: 'Slower dance'}}]));
		expect(await screen.findByRole('switch', {name: 'Available: Slower dance'})).toBeDefined();
		expect(document.activeElement).toBe(screen.getByRole('button', {name: 'Edit Slower dance'}));
	});

	it('says when the user is signed out, with Sign in and a link to the options', async () => {
		const user = userEvent.setup();
		fakeWorker.reset(signedOutView());
		render(<App />);
		await screen.findByRole('heading', {name: 'You are signed out'});
		await user.click(screen.getByRole('button', {name: 'Sign in'}));
		expect(fakeWorker.sent('sign-in')).toHaveLength(1);
		await user.click(screen.getByRole('link', {name: 'Options'}));
		expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalled();
		expect(fakeWorker.sent('refresh')).toEqual([]);
	});

	it('keeps the offers and their pending changes in view when the sign-in lapses, under one banner', async () => {
		const user = userEvent.setup();
		const pending = makeEntry({}, {change: makeChange({status: 'waiting-for-sign-in', patch: {CurrentlyAvailable: false}})});
		fakeWorker.reset(
			makePageView({
				signedIn: false,
				offers: [pending, makeEntry({OfferID: 102, Title: 'Group tease'})],
				error: {code: 'unauthorized', message: 'AdultWork no longer accepts the sign-in'},
			}),
		);
		await openPopup();
		expect(screen.queryByRole('heading', {name: 'You are signed out'})).toBeNull();
		expect(screen.getAllByText('Signed out: sign in again to send your changes')).toHaveLength(1);
		expect(screen.queryByRole('alert')).toBeNull();
		expect(screen.getByText('Not sent yet; waiting for you to sign in')).toBeDefined();
		for (const control of [...screen.getAllByRole('switch'), screen.getByRole('button', {name: 'Edit Group tease'})]) {
			expect(control).toHaveProperty('disabled', true);
		}

		expect(screen.getByRole('button', {name: 'Pause all offers'})).toHaveProperty('disabled', true);
		await user.click(screen.getByRole('button', {name: 'Sign in again'}));
		expect(fakeWorker.sent('sign-in')).toHaveLength(1);
		expect(fakeWorker.sent('refresh')).toEqual([]);
		expect(screen.getByRole('link', {name: 'Options'})).toBeDefined();
	});

	it('says the lapsed sign-in in German', async () => {
		setUiLanguage('de');
		fakeWorker.reset(makePageView({signedIn: false}));
		await openPopup();
		expect(screen.getByText('Abgemeldet: Melde dich erneut an, um deine Änderungen zu senden')).toBeDefined();
		expect(screen.getByRole('button', {name: 'Erneut anmelden'})).toBeDefined();
	});

	it('explains a failed new sign-in in the banner', async () => {
		const user = userEvent.setup();
		fakeWorker.reset(makePageView({signedIn: false}));
		fakeWorker.answer('sign-in', (_request, state) => ({ok: false, state, error: {code: 'sign-in-cancelled', message: 'Sign-in was cancelled'}}));
		await openPopup();
		await user.click(screen.getByRole('button', {name: 'Sign in again'}));
		expect((await screen.findByRole('alert')).textContent).toBe('Sign-in was cancelledNothing changed. Sign in again when you are ready.');
	});

	it('says when the extension worker does not answer and has published nothing yet, and tries again', async () => {
		const user = userEvent.setup();
		fakeWorker.reset(makePageView(), {published: false});
		fakeBrowser.runtime.sendMessage.mockRejectedValueOnce(new Error('Could not establish connection'));
		render(<App />);
		expect(await screen.findByRole('heading', {name: 'The extension is not responding'})).toBeDefined();
		await user.click(screen.getByRole('button', {name: 'Try again'}));
		expect(await screen.findByRole('switch', {name: 'Available: Slow dance'})).toBeDefined();
	});

	it('says when there are no offers', async () => {
		fakeWorker.reset(makePageView({offers: []}));
		await openPopup();
		expect(screen.getByRole('heading', {name: 'No special offers yet'})).toBeDefined();
		expect(screen.queryByRole('button', {name: 'Pause all offers'})).toBeNull();
	});

	it('offers adding by ID when the API has no list', async () => {
		const user = userEvent.setup();
		fakeWorker.reset(makePageView({offers: [], noOfferList: true}));
		await openPopup();
		expect(screen.getByRole('heading', {name: 'No offer list'})).toBeDefined();
		await user.click(screen.getByRole('button', {name: 'Add offer by ID'}));
		expect(screen.getByRole('form', {name: 'Add an offer by its ID'})).toBeDefined();
	});

	it('shows the server’s message when a refresh failed, over the cached offers', async () => {
		fakeWorker.reset(makePageView({error: {code: 'server', message: 'AdultWork is having trouble', serverMessage: 'Maintenance until 3 pm'}}));
		await openPopup();
		const banner = screen.getByRole('alert');
		expect(within(banner).getByText('AdultWork is having trouble')).toBeDefined();
		expect(within(banner).getByText('AdultWork said: “Maintenance until 3 pm”')).toBeDefined();
		expect(screen.getByRole('switch', {name: 'Available: Slow dance'})).toBeDefined();
	});

	it('gives every control a name in every state', async () => {
		const user = userEvent.setup();
		const states = [
			signedOutView(),
			makePageView({offers: [], noOfferList: true}),
			makePageView({error: {code: 'network', message: 'AdultWork cannot be reached'}}),
			makePageView({
				account: {userId: 1, isGroupManager: true},
				members: [{userId: 7, nickname: 'Ruby'}],
				pausedOfferIds: [101],
				offers: [makeEntry({}, {change: makeChange({status: 'refused', refused: {Title: {value: 'x', message: 'Refused'}}})})],
			}),
			makePageView({account: {userId: 1, isGroupManager: true}, actingFor: 9}),
			makePageView({config: {...makePageView().config, hasHostPermission: false}}),
			makePageView({signedIn: false}),
			makePageView({offers: manyOffers(12)}),
		];
		for (const state of states) {
			fakeWorker.reset(state);
			const view = render(<App />);
			await screen.findAllByRole('heading');
			const add = screen.queryByRole('button', {name: 'Add offer by ID'});
			if (add) {
				await user.click(add);
			}

			expect(unnamedControls(view.container as HTMLElement)).toEqual([]);
			view.unmount();
		}

		fakeWorker.reset(makePageView());
		const view = render(<App />);
		await user.click(await screen.findByRole('button', {name: 'Edit Slow dance'}));
		expect(unnamedControls(view.container as HTMLElement)).toEqual([]);
	});
});

describe('SignedOut', () => {
	function renderSignedOut(state: PageView = signedOutView()) {
		fakeWorker.reset(state);
		render(<SignedOut state={state} send={sendToWorker} />);
		return userEvent.setup();
	}

	it('signs in from the popup, and links to the options', async () => {
		const user = renderSignedOut();
		expect(screen.getByText('Sign in to AdultWork to see and change your special offers.')).toBeDefined();
		await user.click(screen.getByRole('button', {name: 'Sign in'}));
		expect(fakeWorker.sent('sign-in')).toHaveLength(1);
		await user.click(screen.getByRole('link', {name: 'Options'}));
		expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalled();
	});

	it('asks for the client ID first when none is set', () => {
		renderSignedOut({...signedOutView(), config: {...signedOutView().config, clientId: undefined}});
		expect(screen.getByText('Set your AdultWork client ID in the options, then sign in.')).toBeDefined();
	});

	it.each([
		['bad-client-id', 'AdultWork does not know this client ID', 'Check the client ID in the options.'],
		['sign-in-cancelled', 'Sign-in was cancelled', 'Nothing changed. Sign in again when you are ready.'],
	])('explains a failed sign-in (%s)', async (code, message, hint) => {
		const user = renderSignedOut();
		fakeWorker.answer('sign-in', (_request, state) => ({ok: false, state, error: {code: code as ErrorCode, message}}));
		await user.click(screen.getByRole('button', {name: 'Sign in'}));
		expect((await screen.findByRole('alert')).textContent).toBe(message + hint);
	});
});

describe('OptionsLink', () => {
	it('opens the options page the browser’s way, by mouse or keyboard', async () => {
		const user = userEvent.setup();
		render(<OptionsLink />);
		const link = screen.getByRole('link', {name: 'Options'});
		await user.click(link);
		link.focus();
		await user.keyboard('{Enter}');
		expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalledTimes(2);
		expect(window.location.href).not.toContain('options.html');
	});
});

describe('PanelLink', () => {
	const chrome = globalThis as unknown as {chrome: {sidePanel?: {open: (options: {windowId: number}) => Promise<void>}}};
	afterEach(() => {
		delete chrome.chrome.sidePanel;
		delete document.documentElement.dataset.surface;
	});

	it('opens the offers in the side panel of the popup’s window, and closes the popup', async () => {
		const open = vi.fn(async () => undefined);
		chrome.chrome.sidePanel = {open};
		const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
		const user = userEvent.setup();
		render(<PanelLink />);
		await user.click(await screen.findByRole('button', {name: 'Open in side panel'}));
		await waitFor(() => expect(close).toHaveBeenCalled());
		expect(open).toHaveBeenCalledWith({windowId: 3});
	});

	it('is not there in the panel itself, nor where the browser has no panel', () => {
		render(<PanelLink />);
		expect(screen.queryByRole('button', {name: 'Open in side panel'})).toBeNull();
		chrome.chrome.sidePanel = {open: vi.fn(async () => undefined)};
		document.documentElement.dataset.surface = 'panel';
		render(<PanelLink />);
		expect(screen.queryByRole('button', {name: 'Open in side panel'})).toBeNull();
	});
});
