// @vitest-environment happy-dom
import {render, screen, waitFor} from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import {fakeWorker, setUiLanguage} from '../../test/fake-browser/fake-page-browser';
import {descriptionOf} from '../../test/helpers/page-queries';
import {makeChange, makeDraft, makeEntry, makePageView} from '../../test/fake-browser/page-view-fixture';
import type {Change, ErrorInfo, OfferEntry} from '../messaging/protocol';
import {sendToWorker} from '../messaging/send-to-worker';
import {OfferList} from './offer-list';
import {loadForms} from './lazy-forms';
import {OfferMarkers} from './offer-markers';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/fake-browser/fake-page-browser')).fakeBrowser}));

// These tests are about the forms once their chunk is in; lazy-forms.test.tsx covers the wait for it.
beforeAll(async () => {
	await loadForms();
});

describe('OfferList', () => {
	it('lists every offer', () => {
		render(<OfferList state={makePageView()} send={sendToWorker} />);
		expect(screen.getAllByRole('switch').map(toggle => toggle.getAttribute('aria-label'))).toEqual(['Available: Slow dance', 'Available: Group tease']);
	});

	it('opens the offer with a draft straight away, where the user left it', () => {
		const state = makePageView({
			offers: [makeEntry(), makeEntry({OfferID: 102, Title: 'Group tease'}, {draft: makeDraft({Title: 'Group tease!'}, {Title: 'Group tease'})})],
		});
		render(<OfferList state={state} send={sendToWorker} />);
		expect(screen.getByRole('form', {name: 'Edit “Group tease”'})).toBeDefined();
		expect(document.activeElement).toBe(screen.getByRole('textbox', {name: 'Title'}));
		expect(screen.getByRole('textbox', {name: 'Title'})).toHaveProperty('value', 'Group tease!');
	});

	it('gives the focus back to the Edit button when the form closes', async () => {
		const user = userEvent.setup();
		fakeWorker.reset(makePageView());
		render(<OfferList state={makePageView()} send={sendToWorker} />);
		await user.click(screen.getByRole('button', {name: 'Edit Group tease'}));
		expect(screen.queryByRole('switch', {name: 'Available: Group tease'})).toBeNull();
		await user.click(screen.getByRole('button', {name: 'Cancel'}));
		await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', {name: 'Edit Group tease'})));
	});
});

describe('OfferList by keyboard', () => {
	it('closes the form on Escape, keeping the draft, and gives the focus back to that offer’s Edit button', async () => {
		const user = userEvent.setup();
		fakeWorker.reset(makePageView());
		render(<OfferList state={makePageView()} send={sendToWorker} />);
		await user.click(screen.getByRole('button', {name: 'Edit Group tease'}));
		await user.type(screen.getByRole('textbox', {name: 'Title'}), '!');
		await user.keyboard('{Escape}');
		expect(screen.queryByRole('form')).toBeNull();
		await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', {name: 'Edit Group tease'})));
		expect(fakeWorker.sent('discard-draft')).toEqual([]);
		expect(fakeWorker.state.offers[1]!.draft?.touched).toEqual({Title: 'Group tease!'});
	});

	it('shows no form and no live controls while signed out, keeping the draft', () => {
		const state = makePageView({signedIn: false, offers: [makeEntry({}, {draft: makeDraft({Title: 'x'}, {Title: 'Slow dance'})})]});
		render(<OfferList state={state} send={sendToWorker} disabled />);
		expect(screen.queryByRole('form')).toBeNull();
		expect(screen.getByRole('switch', {name: 'Available: Slow dance'})).toHaveProperty('disabled', true);
		expect(screen.getByRole('button', {name: 'Edit Slow dance'})).toHaveProperty('disabled', true);
		expect(screen.getByText('Unsaved edit')).toBeDefined();
	});
});

describe('OfferMarkers', () => {
	function renderMarkers(entry: OfferEntry) {
		fakeWorker.reset(makePageView({offers: [entry]}));
		return render(
			<>
				<h2 id="title">Slow dance</h2>
				<OfferMarkers entry={entry} titleId="title" isAvailable={entry.offer.CurrentlyAvailable} overdue={false} send={sendToWorker} />
			</>,
		);
	}

	const pending = (change: Partial<Change>): Change => makeChange({patch: {TotalCredits: 20}, ...change});
	const rendered = (change: Change) => <OfferMarkers entry={makeEntry({}, {change})} titleId="title" isAvailable overdue={false} send={sendToWorker} />;

	it('says where a change stands: due again at a time, waiting for a sign-in, held, given up', () => {
		const {rerender} = renderMarkers(makeEntry({}, {change: pending({status: 'backing-off', nextAttemptAt: new Date(2031, 0, 1, 14, 5).getTime()})}));
		expect(screen.getByText(/^Not sent yet; trying again at .*14:05/)).toBeDefined();
		// Waiting without a failure: nothing to decide yet.
		expect(screen.queryByRole('button')).toBeNull();
		rerender(rendered(pending({status: 'waiting-for-sign-in'})));
		expect(screen.getByText('Not sent yet; waiting for you to sign in')).toBeDefined();
		rerender(rendered(pending({status: 'given-up'})));
		expect(screen.getByText('Not sent: AdultWork could not be reached for a day')).toBeDefined();
		expect(screen.getByRole('button', {name: 'Retry'})).toBeDefined();
		rerender(rendered(pending({status: 'held', patch: {}, held: {TotalCredits: 20}})));
		expect(screen.getByText('Not sent: made over 12 hours ago. Send it or discard it.')).toBeDefined();
		expect(screen.getByRole('button', {name: 'Send'})).toBeDefined();
		// A held value beside a refused one is shown too, and Send sends both.
		rerender(rendered(pending({status: 'refused', patch: {}, held: {TotalCredits: 20}, refused: {Title: {value: 'x', message: 'No'}}})));
		expect(screen.getByText('Not sent: made over 12 hours ago. Send it or discard it.')).toBeDefined();
		expect(screen.getByText('Not saved: No')).toBeDefined();
		expect(screen.getByRole('button', {name: 'Send'})).toBeDefined();
	});

	it('offers Retry once a change backing off has failed, with AdultWork’s words once', () => {
		const error: ErrorInfo = {code: 'server', message: 'AdultWork is having trouble: Maintenance', serverMessage: 'Maintenance'};
		renderMarkers(makeEntry({}, {change: pending({status: 'backing-off', nextAttemptAt: new Date(2031, 0, 1, 14, 5).getTime(), error})}));
		expect(screen.getAllByText(/Maintenance/).map(line => line.textContent)).toEqual(['AdultWork said: “Maintenance”']);
		expect(screen.getByRole('button', {name: 'Retry'})).toBeDefined();
		expect(screen.getByRole('button', {name: 'Discard'})).toBeDefined();
	});

	it('says a refusal once: AdultWork’s words beside the field, and what the user can do', () => {
		const error: ErrorInfo = {code: 'validation', message: 'AdultWork refused the change: The request is invalid.', serverMessage: 'The request is invalid.'};
		renderMarkers(makeEntry({}, {change: pending({status: 'refused', patch: {}, refused: {Title: {value: 'x', message: 'The request is invalid.'}}, error})}));
		expect(screen.getAllByText(/The request is invalid/).map(line => line.textContent)).toEqual(['Not saved: The request is invalid.']);
		expect(screen.getByText('Edit the offer to put it right, or discard the change.')).toBeDefined();
	});

	it('says a refusal in German', () => {
		setUiLanguage('de');
		renderMarkers(makeEntry({}, {change: pending({status: 'refused', patch: {}, refused: {Title: {value: 'x', message: 'Titel vergeben'}}})}));
		expect(screen.getByText('Nicht gespeichert: Titel vergeben')).toBeDefined();
		expect(screen.getByText('Bearbeite das Angebot, um es zu korrigieren, oder verwirf die Änderung.')).toBeDefined();
		expect(screen.getByRole('button', {name: 'Wiederholen'})).toBeDefined();
	});

	it('shows a refused change with the server’s message, and Retry and Discard for that offer', async () => {
		const user = userEvent.setup();
		renderMarkers(makeEntry({}, {change: pending({status: 'refused', patch: {}, refused: {Title: {value: 'x', message: 'Offer is in use'}}})}));
		expect(screen.getByText('Not saved: Offer is in use')).toBeDefined();
		expect(descriptionOf(screen.getByRole('button', {name: 'Retry'}))).toBe('Slow dance');
		await user.click(screen.getByRole('button', {name: 'Retry'}));
		await user.click(screen.getByRole('button', {name: 'Discard'}));
		expect(fakeWorker.requests).toEqual([
			{type: 'retry-change', offerId: 101},
			{type: 'discard-change', offerId: 101},
		]);
	});

	it('marks an incomplete session, an available offer members cannot buy, and an unsaved edit', () => {
		renderMarkers(makeEntry({Incomplete: true, CanPurchase: false}, {draft: makeDraft({Title: 'x'})}));
		expect(screen.getAllByRole('listitem').map(item => item.textContent)).toEqual(['Incomplete', 'Not purchasable', 'Unsaved edit']);
	});

	it('does not call a switched-off offer unpurchasable: the switch already says so', () => {
		renderMarkers(makeEntry({CurrentlyAvailable: false, CanPurchase: false}));
		expect(screen.queryByText('Not purchasable')).toBeNull();
	});

	it('shows nothing for an ordinary offer', () => {
		renderMarkers(makeEntry());
		expect(screen.queryByRole('listitem')).toBeNull();
		expect(screen.queryByRole('button')).toBeNull();
	});
});
