// @vitest-environment happy-dom
import {render, screen} from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import {fakeWorker} from '../../test/helpers/fake-page-browser';
import {descriptionOf} from '../../test/helpers/page-queries';
import {makeEntry, makeState} from '../../test/helpers/page-state';
import type {OfferEntry, PendingChange} from '../messaging/protocol';
import {sendToWorker} from '../messaging/send-to-worker';
import {OfferMarkers} from './offer-markers';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/helpers/fake-page-browser')).fakeBrowser}));

function renderMarkers(entry: OfferEntry) {
	fakeWorker.reset(makeState({offers: [entry]}));
	return render(
		<>
			<h2 id="title">Slow dance</h2>
			<OfferMarkers entry={entry} titleId="title" send={sendToWorker}/>
		</>,
	);
}

const pending = (change: Partial<PendingChange>): PendingChange => ({patch: {TotalCredits: 20}, status: 'waiting', attempts: 0, ...change});

it('says a change is waiting, being sent, or due again at a time', () => {
	const {rerender} = renderMarkers(makeEntry({}, {pending: pending({})}));
	expect(screen.getByText('Waiting to send')).toBeDefined();
	rerender(<OfferMarkers entry={makeEntry({}, {pending: pending({status: 'sending'})})} titleId="title" send={sendToWorker}/>);
	expect(screen.getByText('Saving…')).toBeDefined();
	rerender(<OfferMarkers entry={makeEntry({}, {pending: pending({attempts: 2, nextAttemptAt: new Date(2031, 0, 1, 14, 5).getTime()})})} titleId="title" send={sendToWorker}/>);
	expect(screen.getByText(/^Not sent yet; trying again at .*14:05/)).toBeDefined();
});

it('shows a refused change with the server’s message, and Retry and Discard for that offer', async () => {
	const user = userEvent.setup();
	renderMarkers(makeEntry({}, {pending: pending({status: 'failed', error: {code: 'validation', message: 'AdultWork refused the change', serverMessage: 'Offer is in use'}})}));
	expect(screen.getByText('Not saved: Offer is in use')).toBeDefined();
	expect(descriptionOf(screen.getByRole('button', {name: 'Retry'}))).toBe('Slow dance');
	await user.click(screen.getByRole('button', {name: 'Retry'}));
	await user.click(screen.getByRole('button', {name: 'Discard'}));
	expect(fakeWorker.requests).toEqual([{type: 'retry-change', offerId: 101}, {type: 'discard-change', offerId: 101}]);
});

it('marks an incomplete session, an offer members cannot buy, and an unsaved edit', () => {
	renderMarkers(makeEntry({Incomplete: true, CanPurchase: false}, {draft: {Title: 'x'}}));
	expect(screen.getAllByRole('listitem').map(item => item.textContent)).toEqual(['Incomplete', 'Not purchasable', 'Unsaved edit']);
});

it('shows nothing for an ordinary offer', () => {
	renderMarkers(makeEntry());
	expect(screen.queryByRole('listitem')).toBeNull();
	expect(screen.queryByRole('button')).toBeNull();
});
