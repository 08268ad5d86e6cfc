// @vitest-environment happy-dom
import {render, screen} from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import {fakeWorker, setUiLanguage} from '../../test/fake-browser/fake-page-browser';
import {makeDraft, makeEntry, makePageView} from '../../test/fake-browser/page-view-fixture';
import {sendToWorker} from '../messaging/send-to-worker';
import {OfferList} from './offer-list';
import {OffersView} from './offers-view';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/fake-browser/fake-page-browser')).fakeBrowser}));

// A file of its own: the forms' chunk is loaded once per module graph, and here not before these tests.
beforeEach(() => {
	setUiLanguage('en');
});

test('the list is drawn without the forms, and the first Edit brings them in', async () => {
	const user = userEvent.setup();
	fakeWorker.reset(makePageView());
	render(<OfferList state={makePageView()} send={sendToWorker} />);
	expect(screen.getAllByRole('switch')).toHaveLength(2);
	await user.click(screen.getByRole('button', {name: 'Edit Group tease'}));
	expect(await screen.findByRole('form', {name: 'Edit “Group tease”'})).toBeDefined();
	expect(screen.queryByRole('switch', {name: 'Available: Group tease'})).toBeNull();
});

test('an offer with a draft opens its form as soon as the forms are in', async () => {
	const state = makePageView({
		offers: [makeEntry(), makeEntry({OfferID: 102, Title: 'Group tease'}, {draft: makeDraft({Title: 'Group tease!'}, {Title: 'Group tease'})})],
	});
	render(<OfferList state={state} send={sendToWorker} />);
	expect(await screen.findByRole('textbox', {name: 'Title'})).toHaveProperty('value', 'Group tease!');
});

test('Add offer by ID opens its form', async () => {
	const user = userEvent.setup();
	const state = makePageView({offers: [], noOfferList: true});
	fakeWorker.reset(state);
	render(<OffersView state={state} send={sendToWorker} />);
	await user.click(screen.getByRole('button', {name: 'Add offer by ID'}));
	expect(await screen.findByRole('form', {name: 'Add an offer by its ID'})).toBeDefined();
});
