// @vitest-environment happy-dom
import {render, screen, waitFor} from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import {fakeWorker} from '../../test/helpers/fake-page-browser';
import {makeEntry, makeState} from '../../test/helpers/page-state';
import {sendToWorker} from '../messaging/send-to-worker';
import {OfferList} from './offer-list';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/helpers/fake-page-browser')).fakeBrowser}));

it('lists every offer', () => {
	render(<OfferList state={makeState()} send={sendToWorker}/>);
	expect(screen.getAllByRole('switch').map(toggle => toggle.getAttribute('aria-label'))).toEqual(['Available: Slow dance', 'Available: Group tease']);
});

it('opens the offer with a draft straight away, where the user left it', () => {
	const state = makeState({offers: [makeEntry(), makeEntry({OfferID: 102, Title: 'Group tease'}, {draft: {Title: 'Group tease!'}})]});
	render(<OfferList state={state} send={sendToWorker}/>);
	expect(screen.getByRole('form', {name: 'Edit “Group tease”'})).toBeDefined();
	expect(document.activeElement).toBe(screen.getByRole('textbox', {name: 'Title'}));
	expect(screen.getByRole('textbox', {name: 'Title'})).toHaveProperty('value', 'Group tease!');
});

it('gives the focus back to the Edit button when the form closes', async () => {
	const user = userEvent.setup();
	fakeWorker.reset(makeState());
	render(<OfferList state={makeState()} send={sendToWorker}/>);
	await user.click(screen.getByRole('button', {name: 'Edit Group tease'}));
	expect(screen.queryByRole('switch', {name: 'Available: Group tease'})).toBeNull();
	await user.click(screen.getByRole('button', {name: 'Cancel'}));
	await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', {name: 'Edit Group tease'})));
});
