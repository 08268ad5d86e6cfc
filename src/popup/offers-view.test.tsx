// @vitest-environment happy-dom
import {render, screen} from '@testing-library/preact';
import {fakeWorker} from '../../test/helpers/fake-page-browser';
import {makeState} from '../../test/helpers/page-state';
import type {State} from '../messaging/protocol';
import {sendToWorker} from '../messaging/send-to-worker';
import {OffersView} from './offers-view';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/helpers/fake-page-browser')).fakeBrowser}));

function renderView(state: State) {
	fakeWorker.reset(state);
	render(<OffersView state={state} send={sendToWorker}/>);
}

it('shows a performer the panic button and the offers, without a member picker', () => {
	renderView(makeState());
	expect(screen.getByRole('heading', {level: 1, name: 'Special offers'})).toBeDefined();
	expect(screen.getByRole('button', {name: 'Pause all offers'})).toBeDefined();
	expect(screen.getAllByRole('switch')).toHaveLength(2);
	expect(screen.queryByRole('combobox', {name: 'Member'})).toBeNull();
});

it('shows a group manager whose offers these are, and the member picker', () => {
	renderView(makeState({account: {userId: 1, isGroupManager: true}, members: [{userId: 7, nickname: 'Ruby'}], actingFor: 7}));
	expect(screen.getByRole('heading', {level: 1, name: 'Offers of Ruby (7)'})).toBeDefined();
	expect(screen.getByRole('combobox', {name: 'Member'})).toBeDefined();
});

it('says the offers are loading when nothing was ever fetched', () => {
	renderView(makeState({offers: [], fetchedAt: undefined}));
	expect(screen.getByText('Loading your offers…')).toBeDefined();
	expect(screen.queryByText('No special offers yet')).toBeNull();
});

it('lets the banner explain an empty list after a failed refresh', () => {
	renderView(makeState({offers: [], error: {code: 'server', message: 'AdultWork is having trouble'}}));
	expect(screen.getByRole('alert').textContent).toContain('AdultWork is having trouble');
	expect(screen.queryByText('No special offers yet')).toBeNull();
});

it('keeps Add offer by ID below the offers already added', () => {
	renderView(makeState({noOfferList: true}));
	expect(screen.getAllByRole('switch')).toHaveLength(2);
	expect(screen.getByRole('button', {name: 'Add offer by ID'})).toBeDefined();
});
