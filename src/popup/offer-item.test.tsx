// @vitest-environment happy-dom
import {render, screen, waitFor, within} from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import {fakeWorker} from '../../test/helpers/fake-page-browser';
import {makeEntry, makeState} from '../../test/helpers/page-state';
import type {OfferEntry} from '../messaging/protocol';
import {sendToWorker} from '../messaging/send-to-worker';
import {OfferItem} from './offer-item';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/helpers/fake-page-browser')).fakeBrowser}));

function renderItem(entry: OfferEntry, rates = makeState().rates) {
	fakeWorker.reset(makeState({offers: [entry]}));
	const onEdit = vi.fn();
	render(<ul><OfferItem entry={entry} rates={rates} send={sendToWorker} onEdit={onEdit}/></ul>);
	return {onEdit, item: screen.getByRole('listitem', {name: entry.offer.Title})};
}

it('shows the facts a performer checks: mode, duration, price, price a minute, normal rate, number', () => {
	const {item} = renderItem(makeEntry({Title: 'Slow dance', ModeID: 3, Duration: 10, TotalCredits: 18, OfferNumber: 4}));
	expect(item.textContent).toContain('Private');
	expect(item.textContent).toContain('10 min');
	expect(item.textContent).toContain('18 credits');
	expect(item.textContent).toContain('1.80/min');
	expect(item.textContent).toContain('normal private rate 2.50/min');
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
	renderItem(makeEntry({Title: 'Slow dance', CurrentlyAvailable: true}, {pending: {patch: {CurrentlyAvailable: false}, status: 'sending', attempts: 1}}));
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
