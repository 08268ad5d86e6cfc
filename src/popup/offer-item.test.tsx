// @vitest-environment happy-dom
import {act, render, screen, waitFor, within} from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import {fakeWorker, setUiLanguage} from '../../test/fake-browser/fake-page-browser';
import {makeChange, makeEntry, makePageView} from '../../test/fake-browser/page-view-fixture';
import type {OfferEntry} from '../messaging/protocol';
import {sendToWorker} from '../messaging/send-to-worker';
import {OfferItem} from './offer-item';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/fake-browser/fake-page-browser')).fakeBrowser}));

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

describe('OfferItem while a change is on its way', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});

	afterEach(() => {
		vi.useRealTimers();
	});

	function renderSending(entry: OfferEntry) {
		fakeWorker.reset(makePageView({offers: [entry]}));
		return render(
			<ul>
				<OfferItem entry={entry} rates={makePageView().rates} send={sendToWorker} onEdit={() => undefined} />
			</ul>,
		);
	}

	const sending = makeEntry({}, {change: makeChange({status: 'sending', patch: {TotalCredits: 20}})});

	it('says only "Saving…", in the facts row, with no Retry or Discard', () => {
		const {container} = renderSending(sending);
		const saving = screen.getByText('Saving…');
		expect(saving.closest('.offer-line')).not.toBeNull();
		expect(saving.getAttribute('aria-live')).toBe('polite');
		expect(container.querySelector('.pending')).toBeNull();
		expect(screen.queryByRole('button', {name: 'Retry'})).toBeNull();
		expect(screen.queryByRole('button', {name: 'Discard'})).toBeNull();
	});

	it('keeps the place of "Saving…" when nothing is on its way, so the card does not change size', () => {
		const {container} = renderSending(makeEntry());
		expect(container.querySelector('.offer-line .saving')?.textContent).toBe('');
	});

	it('offers Retry and Discard once the change has waited longer than 5 seconds', () => {
		renderSending(sending);
		act(() => {
			vi.advanceTimersByTime(4999);
		});
		expect(screen.queryByRole('button', {name: 'Retry'})).toBeNull();
		act(() => {
			vi.advanceTimersByTime(1);
		});
		expect(screen.queryByText('Saving…')).toBeNull();
		expect(screen.getByText('Not confirmed by AdultWork yet')).toBeDefined();
		expect(screen.getByRole('button', {name: 'Retry'})).toBeDefined();
		expect(screen.getByRole('button', {name: 'Discard'})).toBeDefined();
	});

	it('offers Retry at once when the change failed', () => {
		renderSending(
			makeEntry({}, {change: makeChange({status: 'due', patch: {TotalCredits: 20}, error: {code: 'network', message: 'AdultWork cannot be reached'}})}),
		);
		expect(screen.getByText('AdultWork cannot be reached')).toBeDefined();
		expect(screen.getByRole('button', {name: 'Retry'})).toBeDefined();
	});

	it('says "Saving…" in German', () => {
		setUiLanguage('de');
		renderSending(sending);
		expect(screen.getByText('Wird gespeichert …')).toBeDefined();
	});
});

describe('OfferItem price signal', () => {
	function renderPriced(totalCredits: number, language = 'en-GB') {
		setUiLanguage(language);
		const entry = makeEntry({ModeID: 3, Duration: 10, TotalCredits: totalCredits});
		render(
			<ul>
				<OfferItem entry={entry} rates={{PrivatePPM: 2.5}} send={sendToWorker} onEdit={() => undefined} />
			</ul>,
		);
		return screen.getByRole('listitem').querySelector('.rate-signal');
	}

	it.each([
		[20, 'rate-below', '▼', '20% below normal'],
		[25, 'rate-normal', '=', 'at the normal rate'],
		[28.75, 'rate-above', '▲', '15% above normal'],
	])('compares %s credits for 10 minutes with the normal 2.50 a minute', (credits, style, mark, words) => {
		const signal = renderPriced(credits);
		expect(signal?.classList.contains(style)).toBe(true);
		expect(signal?.querySelector('[aria-hidden="true"]')?.textContent).toBe(mark);
		expect(signal?.textContent).toBe(mark + words);
	});

	it('compares in German, with the German percent', () => {
		expect(renderPriced(20, 'de')?.textContent).toBe('▼20\u00a0% unter normal');
		expect(screen.getByRole('listitem').textContent).toContain('20 Credits');
		expect(screen.getByRole('listitem').textContent).toContain('2,00/Min.');
	});
});

describe('OfferItem in German', () => {
	it('writes its numbers the German way, and offers Bearbeiten', () => {
		setUiLanguage('de');
		render(
			<ul>
				<OfferItem
					entry={makeEntry({Title: 'Tanz', Duration: 30, TotalCredits: 25.5, OfferNumber: 4})}
					rates={{PrivatePPM: 0.6}}
					send={sendToWorker}
					onEdit={() => undefined}
				/>
			</ul>,
		);
		const item = screen.getByRole('listitem');
		expect(item.textContent).toContain('25,50 Credits');
		expect(item.textContent).toContain('0,85/Min.');
		expect(item.textContent).toContain('normal 0,60/Min.');
		expect(item.textContent).toContain('30 Min.');
		expect(item.textContent).toContain('Nr. 4');
		expect(screen.getByRole('button', {name: 'Tanz bearbeiten'}).textContent).toBe('Bearbeiten');
	});
});
