// @vitest-environment happy-dom
import {render, screen, waitFor} from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import {fakeWorker, setUiLanguage} from '../../test/fake-browser/fake-page-browser';
import {descriptionOf} from '../../test/helpers/page-queries';
import {makeChange, makeDraft, makeEntry, makeOffer, makePageView} from '../../test/fake-browser/page-view-fixture';
import type {OfferEntry} from '../messaging/protocol';
import {sendToWorker} from '../messaging/send-to-worker';
import {AddOfferForm} from './add-offer-form';
import {valuesFromOffer} from './form-values';
import {OfferFields} from './offer-fields';
import {OfferForm} from './offer-form';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/fake-browser/fake-page-browser')).fakeBrowser}));

describe('OfferForm', () => {
	const entry = makeEntry({OfferNumber: 4, Title: 'Slow dance', Duration: 30, TotalCredits: 18, ModeID: 3});

	function openForm(opened: OfferEntry = entry) {
		const onClose = vi.fn();
		fakeWorker.reset(makePageView({offers: [opened]}));
		render(<OfferForm entry={opened} revision={0} rates={undefined} send={sendToWorker} onClose={onClose} />);
		return {onClose, user: userEvent.setup()};
	}

	const save = () => screen.getByRole('button', {name: 'Save'});

	const cases: Array<[label: string, typed: string, message: string]> = [
		['Title', ' ', 'Title is required'],
		['Title', 'A'.repeat(51), 'Title is 51 characters; at most 50'],
		['Duration (minutes)', 'half an hour', 'Duration must be a number of minutes'],
		['Duration (minutes)', '7,5', 'Duration must be a whole number of minutes'],
		['Duration (minutes)', '4', 'Duration must be at least 5 minutes'],
		['Total credits', 'lots', 'Total credits must be a number'],
		['Total credits', '18,999', 'Total credits can have at most two decimals'],
		['Total credits', '4', 'Total credits must be at least 5'],
		['Total credits', '17,99', 'For 30 minutes the price must be at least 18 credits (0.60 a minute)'],
		['Offer number', '0', 'Offer number must be a whole number of at least 1'],
		['Offer number', '', 'Offer number must be a whole number of at least 1'],
	];

	it.each(cases)('checks %s = "%s" as it is typed: the message beside it, Save disabled, nothing sent', async (label, typed, message) => {
		const {user} = openForm();
		const field = screen.getByRole('textbox', {name: label});
		await user.clear(field);
		if (typed) {
			await user.type(field, typed);
		}

		expect(field.getAttribute('aria-invalid')).toBe('true');
		expect(descriptionOf(field)).toContain(message);
		expect(document.getElementById(field.getAttribute('aria-describedby')!.split(' ')[0]!)?.getAttribute('aria-live')).toBe('polite');
		expect(save()).toHaveProperty('disabled', true);
		await user.type(field, '{Enter}');
		expect(fakeWorker.sent('update-offer')).toEqual([]);
	});

	it('shows a price in German and takes it back with a comma or a point', async () => {
		setUiLanguage('de');
		const {user} = openForm(makeEntry({Title: 'Tanz', Duration: 30, TotalCredits: 25.5, ModeID: 3}));
		const credits = screen.getByRole('textbox', {name: 'Credits gesamt'});
		expect(credits).toHaveProperty('value', '25,50');
		expect(descriptionOf(credits)).toContain('0,85/Min.');
		await user.clear(credits);
		await user.type(credits, '26.50{Enter}');
		expect(fakeWorker.sent('update-offer')).toEqual([{type: 'update-offer', offerId: 101, patch: {TotalCredits: 26.5}}]);
	});

	it('stores every change as a draft, and restores the draft when opened again', async () => {
		const {user} = openForm();
		await user.clear(screen.getByRole('textbox', {name: 'Total credits'}));
		await user.type(screen.getByRole('textbox', {name: 'Total credits'}), '24');
		await user.selectOptions(screen.getByRole('combobox', {name: 'Mode'}), 'Group chat');
		expect(fakeWorker.sent('save-draft').at(-1)).toEqual({
			type: 'save-draft',
			offerId: 101,
			draft: {touched: {TotalCredits: '24', ModeID: '2'}, openedOn: {TotalCredits: '18', ModeID: '3'}},
		});

		document.body.innerHTML = '';
		openForm({...entry, draft: fakeWorker.state.offers[0]!.draft});
		expect(screen.getByRole('textbox', {name: 'Total credits'})).toHaveProperty('value', '24');
		expect(screen.getByRole('combobox', {name: 'Mode'})).toHaveProperty('value', '2');
	});

	it('saves only the changed fields, accepting a decimal comma, then ends the draft', async () => {
		const {user, onClose} = openForm();
		await user.clear(screen.getByRole('textbox', {name: 'Total credits'}));
		await user.type(screen.getByRole('textbox', {name: 'Total credits'}), '18,50');
		await user.click(screen.getByRole('checkbox', {name: 'Allow rate continue'}));
		expect(descriptionOf(screen.getByRole('textbox', {name: 'Total credits'}))).toBe('0.61/min · lowest for 30 min: 18 credits');
		await user.click(save());
		expect(fakeWorker.sent('update-offer')).toEqual([{type: 'update-offer', offerId: 101, patch: {TotalCredits: 18.5, AllowRateContinue: true}}]);
		await waitFor(() => expect(onClose).toHaveBeenCalled());
		expect(fakeWorker.state.offers[0]!.draft).toBeUndefined();
	});

	it('closes without a request when nothing changed, and Cancel throws the draft away', async () => {
		const {user, onClose} = openForm({...entry, draft: makeDraft({Title: 'Slow dance'}, {Title: 'Slow dance'})});
		await user.click(save());
		await waitFor(() => expect(onClose).toHaveBeenCalled());
		expect(fakeWorker.sent('update-offer')).toEqual([]);
		expect(fakeWorker.sent('discard-draft')).toHaveLength(1);

		document.body.innerHTML = '';
		const cancelled = openForm();
		await cancelled.user.click(screen.getByRole('button', {name: 'Cancel'}));
		expect(cancelled.onClose).toHaveBeenCalled();
		expect(fakeWorker.sent('discard-draft')).toEqual([{type: 'discard-draft', offerId: 101}]);
	});

	it('sends only the title typed, never the availability the form opened with, after a menu toggle meanwhile', async () => {
		const available = makeEntry({OfferNumber: 4, Title: 'Slow dance', Duration: 30, TotalCredits: 18, ModeID: 3, CurrentlyAvailable: true});
		const onClose = vi.fn();
		fakeWorker.reset(makePageView({offers: [available]}));
		const view = render(<OfferForm entry={available} revision={0} rates={undefined} send={sendToWorker} onClose={onClose} />);
		const user = userEvent.setup();
		await user.type(screen.getByRole('textbox', {name: 'Title'}), ' 🔥');
		// The menu switched the offer off while the form was open.
		const toggled = {...available, change: makeChange({status: 'sending', patch: {CurrentlyAvailable: false}, canDiscard: false})};
		view.rerender(<OfferForm entry={toggled} revision={1} rates={undefined} send={sendToWorker} onClose={onClose} />);
		expect(screen.getByRole('checkbox', {name: 'Available'})).toHaveProperty('checked', false);
		await user.click(save());
		expect(fakeWorker.sent('update-offer')).toEqual([{type: 'update-offer', offerId: 101, patch: {Title: 'Slow dance 🔥'}}]);
	});

	it('sends only the title of a draft reopened after the offer was switched off elsewhere', async () => {
		const draft = makeDraft({Title: 'Slow dance 🔥'}, {Title: 'Slow dance'});
		const reopened = {...makeEntry({OfferNumber: 4, Title: 'Slow dance', Duration: 30, TotalCredits: 18, ModeID: 3, CurrentlyAvailable: false}), draft};
		const {user} = openForm(reopened);
		expect(screen.getByRole('textbox', {name: 'Title'})).toHaveProperty('value', 'Slow dance 🔥');
		await user.click(save());
		expect(fakeWorker.sent('update-offer')).toEqual([{type: 'update-offer', offerId: 101, patch: {Title: 'Slow dance 🔥'}}]);
	});

	it('stays open after a Save AdultWork refuses, with its words at the field, and closes once a Save is taken', async () => {
		const onClose = vi.fn();
		fakeWorker.reset(makePageView({offers: [entry]}));
		const view = render(<OfferForm entry={entry} revision={0} rates={undefined} send={sendToWorker} onClose={onClose} />);
		const user = userEvent.setup();
		const title = screen.getByRole('textbox', {name: 'Title'});
		await user.type(title, ' naughty');
		// The reply shows the Save on its way; the view shown is older still.
		fakeWorker.answer('update-offer', (_request, state) => ({
			ok: true,
			state: {...state, revision: 5, offers: [{...entry, change: makeChange({patch: {Title: 'Slow dance naughty'}})}]},
		}));
		await user.click(save());
		expect(onClose).not.toHaveBeenCalled();
		const sending = {...entry, change: makeChange({status: 'sending', patch: {Title: 'Slow dance naughty'}, canDiscard: false})};
		view.rerender(<OfferForm entry={sending} revision={6} rates={undefined} send={sendToWorker} onClose={onClose} />);
		expect(onClose).not.toHaveBeenCalled();
		const refused = {
			...entry,
			change: makeChange({status: 'refused', refused: {Title: {value: 'Slow dance naughty', message: 'Title contains a word that is not allowed.'}}}),
		};
		view.rerender(<OfferForm entry={refused} revision={7} rates={undefined} send={sendToWorker} onClose={onClose} />);
		await waitFor(() => expect(descriptionOf(screen.getByRole('textbox', {name: 'Title'}))).toContain('Title contains a word that is not allowed.'));
		expect(onClose).not.toHaveBeenCalled();

		await user.clear(title);
		await user.type(title, 'Slow dance nice');
		fakeWorker.answer('update-offer', (_request, state) => ({ok: true, state: {...state, revision: 8}}));
		await user.click(save());
		view.rerender(
			<OfferForm
				entry={makeEntry({OfferNumber: 4, Title: 'Slow dance nice', Duration: 30, TotalCredits: 18, ModeID: 3})}
				revision={9}
				rates={undefined}
				send={sendToWorker}
				onClose={onClose}
			/>,
		);
		await waitFor(() => expect(onClose).toHaveBeenCalled());
	});

	it('shows the worker’s refusal beside the field it names, until that field changes', async () => {
		const {user, onClose} = openForm();
		fakeWorker.answer('update-offer', (_request, state) => ({
			ok: false,
			state,
			error: {
				code: 'validation',
				message: 'AdultWork refused the change',
				serverMessage: 'Title taken',
				violations: [{field: 'Title', rule: 'titleTaken', args: [], message: 'That title is already used'}],
			},
		}));
		const title = screen.getByRole('textbox', {name: 'Title'});
		await user.type(title, '!');
		await user.click(save());
		expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'AdultWork refused the changeAdultWork said: “Title taken”');
		expect(descriptionOf(title)).toContain('That title is already used');
		expect(onClose).not.toHaveBeenCalled();
		await user.type(title, '!');
		expect(descriptionOf(title)).not.toContain('That title is already used');
	});
});

describe('OfferFields', () => {
	const values = valuesFromOffer(makeOffer({Title: 'Slow dance 💃', Duration: 30, TotalCredits: 24, ModeID: 3}));

	function renderFields(overrides = {}) {
		const onChange = vi.fn();
		render(<OfferFields idPrefix="o" values={values} violations={{}} isShown={() => true} rates={{PrivatePPM: 2.5}} onChange={onChange} {...overrides} />);
		return onChange;
	}

	it('labels every control exactly, with both modes to choose from', () => {
		renderFields();
		for (const label of ['Title', 'Duration (minutes)', 'Total credits', 'Offer number']) {
			expect(screen.getByRole('textbox', {name: label})).toBeDefined();
		}

		const mode = screen.getByRole('combobox', {name: 'Mode'});
		expect([...mode.querySelectorAll('option')].map(option => option.textContent)).toEqual(['Group chat', 'Private']);
		expect(screen.getByRole('checkbox', {name: 'Available'})).toHaveProperty('checked', true);
		expect(screen.getByRole('checkbox', {name: 'Allow rate continue'})).toHaveProperty('checked', false);
	});

	it('counts title characters as people do, and shows the live price against the floor and the normal rate', () => {
		renderFields();
		expect(descriptionOf(screen.getByRole('textbox', {name: 'Title'}))).toBe('12 of 50 characters');
		expect(descriptionOf(screen.getByRole('textbox', {name: 'Total credits'}))).toBe('0.80/min · lowest for 30 min: 18 credits · normal private rate 2.50/min');
	});

	it('shows a broken rule beside its field only once the field may speak', () => {
		const violations = {Duration: {rule: 'durationTooShort', args: ['5']}};
		renderFields({violations, isShown: (field: string) => field !== 'Duration'});
		expect(screen.getByRole('textbox', {name: 'Duration (minutes)'}).hasAttribute('aria-invalid')).toBe(false);
	});
});

describe('AddOfferForm', () => {
	function openForm() {
		fakeWorker.reset(makePageView({offers: [], noOfferList: true}));
		const onClose = vi.fn();
		render(<AddOfferForm rates={undefined} send={sendToWorker} onClose={onClose} />);
		return {onClose, user: userEvent.setup()};
	}

	it('starts in the offer ID field without scolding untouched fields, and cannot be sent empty', () => {
		openForm();
		expect(document.activeElement).toBe(screen.getByRole('textbox', {name: 'Offer ID'}));
		expect(document.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);
		expect(screen.getByRole('button', {name: 'Add offer'})).toHaveProperty('disabled', true);
	});

	it('checks the offer ID as it is typed', async () => {
		const {user} = openForm();
		const offerId = screen.getByRole('textbox', {name: 'Offer ID'});
		await user.type(offerId, '12.5');
		expect(descriptionOf(offerId)).toContain('Offer ID must be a whole number');
	});

	it('sends the ID and every field as add-offer', async () => {
		const {user, onClose} = openForm();
		await user.type(screen.getByRole('textbox', {name: 'Offer ID'}), '555');
		await user.type(screen.getByRole('textbox', {name: 'Title'}), 'Shower show');
		await user.type(screen.getByRole('textbox', {name: 'Duration (minutes)'}), '15');
		await user.type(screen.getByRole('textbox', {name: 'Total credits'}), '12,50');
		await user.type(screen.getByRole('textbox', {name: 'Offer number'}), '3{Enter}');
		expect(fakeWorker.sent('add-offer')).toEqual([
			{
				type: 'add-offer',
				offerId: 555,
				fields: {Title: 'Shower show', Duration: 15, TotalCredits: 12.5, ModeID: 3, OfferNumber: 3, CurrentlyAvailable: true},
			},
		]);
		await waitFor(() => expect(onClose).toHaveBeenCalled());
	});

	it('shows what the worker refused beside the field', async () => {
		const {user, onClose} = openForm();
		fakeWorker.answer('add-offer', (_request, state) => ({
			ok: false,
			state,
			error: {
				code: 'not-found',
				message: 'AdultWork does not know that offer',
				violations: [{field: 'OfferID', rule: 'offerIdUnknown', args: [], message: 'No offer 555'}],
			},
		}));
		await user.type(screen.getByRole('textbox', {name: 'Offer ID'}), '555');
		await user.type(screen.getByRole('textbox', {name: 'Title'}), 'Shower show');
		await user.type(screen.getByRole('textbox', {name: 'Duration (minutes)'}), '15');
		await user.type(screen.getByRole('textbox', {name: 'Total credits'}), '12');
		await user.click(screen.getByRole('button', {name: 'Add offer'}));
		expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'AdultWork does not know that offer');
		expect(descriptionOf(screen.getByRole('textbox', {name: 'Offer ID'}))).toContain('No offer 555');
		await user.click(screen.getByRole('button', {name: 'Cancel'}));
		expect(onClose).toHaveBeenCalled();
	});
});
