// @vitest-environment happy-dom
import {render, screen, waitFor} from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import {fakeWorker} from '../../test/helpers/fake-page-browser';
import {descriptionOf} from '../../test/helpers/page-queries';
import {makeState} from '../../test/helpers/page-state';
import {sendToWorker} from '../messaging/send-to-worker';
import {AddOfferForm} from './add-offer-form';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/helpers/fake-page-browser')).fakeBrowser}));

function openForm() {
	fakeWorker.reset(makeState({offers: [], noOfferList: true}));
	const onClose = vi.fn();
	render(<AddOfferForm rates={undefined} send={sendToWorker} onClose={onClose}/>);
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
	expect(fakeWorker.sent('add-offer')).toEqual([{
		type: 'add-offer',
		offerId: 555,
		fields: {Title: 'Shower show', Duration: 15, TotalCredits: 12.5, ModeID: 3, OfferNumber: 3, CurrentlyAvailable: true},
	}]);
	await waitFor(() => expect(onClose).toHaveBeenCalled());
});

it('shows what the worker refused beside the field', async () => {
	const {user, onClose} = openForm();
	fakeWorker.answer('add-offer', (_request, state) => ({
		ok: false,
		state,
		error: {code: 'not-found', message: 'AdultWork does not know that offer', violations: [{field: 'OfferID', rule: 'offerIdUnknown', args: [], message: 'No offer 555'}]},
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
