// @vitest-environment happy-dom
import {render, screen, waitFor, within} from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import {fakeWorker} from '../../test/helpers/fake-page-browser';
import {descriptionOf} from '../../test/helpers/page-queries';
import {makeChange, makeDraft, makeEntry, makePageView} from '../../test/helpers/page-state';
import type {Change, OfferEntry} from '../messaging/protocol';
import {sendToWorker} from '../messaging/send-to-worker';
import {OfferItem} from './offer-item';
import {OfferList} from './offer-list';
import {OfferMarkers} from './offer-markers';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/helpers/fake-page-browser')).fakeBrowser}));

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

describe('OfferItem', () => {
	function renderItem(entry: OfferEntry, rates = makePageView().rates) {
		fakeWorker.reset(makePageView({offers: [entry]}));
		const onEdit = vi.fn();
		render(
			<ul>
				<OfferItem entry={entry} rates={rates} send={sendToWorker} onEdit={onEdit} />
			</ul>,
		);
		return {onEdit, item: screen.getByRole('listitem', {name: entry.offer.Title})};
	}

	it('shows the facts a performer checks: mode, duration, price, price a minute, normal rate, number', () => {
		const {item} = renderItem(makeEntry({Title: 'Slow dance', ModeID: 3, Duration: 10, TotalCredits: 18, OfferNumber: 4}));
		expect(item.textContent).toContain('Private');
		expect(item.textContent).toContain('10 min');
		expect(item.textContent).toContain('18 credits');
		expect(item.textContent).toContain('1.80/min');
		expect(item.textContent).toContain('normal 2.50/min');
		expect(item.textContent).toContain('No. 4');
	});

	it('leaves out the normal rate when it is not known', () => {
		const {item} = renderItem(makeEntry({ModeID: 2}), {});
		expect(item.textContent).toContain('Group chat');
		expect(item.textContent).not.toContain('normal');
	});

	it('switches availability from the keyboard, and opens the form from its Edit button', async () => {
		const user = userEvent.setup();
		const {onEdit} = renderItem(makeEntry({Title: 'Slow dance', CurrentlyAvailable: false}));
		const toggle = screen.getByRole('switch', {name: 'Available: Slow dance'});
		expect(toggle).toHaveProperty('checked', false);
		await user.tab();
		expect(document.activeElement).toBe(toggle);
		await user.keyboard(' ');
		expect(fakeWorker.sent('set-availability')).toEqual([{type: 'set-availability', offerId: 101, available: true}]);
		await user.tab();
		await user.keyboard('{Enter}');
		expect(onEdit).toHaveBeenCalled();
	});

	it('shows a change on its way as it will be', () => {
		renderItem(
			makeEntry(
				{Title: 'Slow dance', CurrentlyAvailable: true},
				{change: makeChange({status: 'sending', patch: {CurrentlyAvailable: false}, canDiscard: false})},
			),
		);
		expect(screen.getByRole('switch', {name: 'Available: Slow dance'})).toHaveProperty('checked', false);
	});

	it('sets the switch back and says why when the worker refuses the toggle', async () => {
		const user = userEvent.setup();
		renderItem(makeEntry({Title: 'Slow dance'}));
		fakeWorker.answer('set-availability', (_request, state) => ({ok: false, state, error: {code: 'not-signed-in', message: 'Sign in first'}}));
		await user.click(screen.getByRole('switch', {name: 'Available: Slow dance'}));
		expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Sign in first');
		await waitFor(() => expect(within(screen.getByRole('listitem')).getByRole('switch')).toHaveProperty('checked', true));
	});
});

describe('OfferMarkers', () => {
	function renderMarkers(entry: OfferEntry) {
		fakeWorker.reset(makePageView({offers: [entry]}));
		return render(
			<>
				<h2 id="title">Slow dance</h2>
				<OfferMarkers entry={entry} titleId="title" isAvailable={entry.offer.CurrentlyAvailable} send={sendToWorker} />
			</>,
		);
	}

	const pending = (change: Partial<Change>): Change => makeChange({patch: {TotalCredits: 20}, ...change});
	const rendered = (change: Change) => <OfferMarkers entry={makeEntry({}, {change})} titleId="title" isAvailable send={sendToWorker} />;

	it('says where a change stands: being sent, due again at a time, waiting for a sign-in, held, given up', () => {
		const {rerender} = renderMarkers(makeEntry({}, {change: pending({status: 'sending', canDiscard: false})}));
		expect(screen.getByText('Saving…')).toBeDefined();
		expect(screen.queryByRole('button', {name: 'Discard'})).toBeNull();
		rerender(rendered(pending({status: 'backing-off', nextAttemptAt: new Date(2031, 0, 1, 14, 5).getTime()})));
		expect(screen.getByText(/^Not sent yet; trying again at .*14:05/)).toBeDefined();
		rerender(rendered(pending({status: 'waiting-for-sign-in'})));
		expect(screen.getByText('Not sent yet; waiting for you to sign in')).toBeDefined();
		rerender(rendered(pending({status: 'given-up'})));
		expect(screen.getByText('Not sent: AdultWork could not be reached for a day')).toBeDefined();
		rerender(rendered(pending({status: 'held', patch: {}, held: {TotalCredits: 20}})));
		expect(screen.getByText('Not sent: made over 12 hours ago. Send it or discard it.')).toBeDefined();
		expect(screen.getByRole('button', {name: 'Send'})).toBeDefined();
		// A held value beside a refused one is shown too, and Send sends both.
		rerender(rendered(pending({status: 'refused', patch: {}, held: {TotalCredits: 20}, refused: {Title: {value: 'x', message: 'No'}}})));
		expect(screen.getByText('Not sent: made over 12 hours ago. Send it or discard it.')).toBeDefined();
		expect(screen.getByText('Not saved: No')).toBeDefined();
		expect(screen.getByRole('button', {name: 'Send'})).toBeDefined();
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
