// @vitest-environment happy-dom
import {render, screen} from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import {fakeWorker} from '../../test/helpers/fake-page-browser';
import {makeState} from '../../test/helpers/page-state';
import type {State} from '../messaging/protocol';
import {sendToWorker} from '../messaging/send-to-worker';
import {MemberPicker} from './member-picker';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/helpers/fake-page-browser')).fakeBrowser}));

const manager = (overrides: Partial<State> = {}) => makeState({account: {userId: 1, isGroupManager: true}, ...overrides});

function renderPicker(state: State) {
	fakeWorker.reset(state);
	render(<MemberPicker state={state} send={sendToWorker}/>);
	return userEvent.setup();
}

it('lists the group’s members by nickname and ID, after the manager’s own offers', async () => {
	const user = renderPicker(manager({members: [{userId: 7, nickname: 'Ruby'}, {userId: 8}], actingFor: 8}));
	const picker = screen.getByRole('combobox', {name: 'Member'});
	expect([...picker.querySelectorAll('option')].map(option => option.textContent)).toEqual(['My own offers', 'Ruby (7)', 'Member 8']);
	expect(picker).toHaveProperty('value', '8');
	await user.selectOptions(picker, 'Ruby (7)');
	await user.selectOptions(picker, 'My own offers');
	expect(fakeWorker.sent('choose-member')).toEqual([{type: 'choose-member', userId: 7}, {type: 'choose-member', userId: null}]);
});

it('takes a UserID when there is no member list, and goes back to the manager’s own offers', async () => {
	const user = renderPicker(manager({actingFor: 9}));
	const userId = screen.getByRole('spinbutton', {name: 'UserID'});
	expect(screen.getByRole('group', {name: 'Member'})).toBeDefined();
	expect(userId).toHaveProperty('value', '9');
	await user.clear(userId);
	await user.type(userId, '12{Enter}');
	await user.click(screen.getByRole('button', {name: 'My own offers'}));
	expect(fakeWorker.sent('choose-member')).toEqual([{type: 'choose-member', userId: 12}, {type: 'choose-member', userId: null}]);
});

it('refuses a UserID that is not a whole number above zero', async () => {
	const user = renderPicker(manager());
	await user.type(screen.getByRole('spinbutton', {name: 'UserID'}), '-3');
	await user.click(screen.getByRole('button', {name: 'Show'}));
	expect(screen.getByText('A UserID is a whole number of at least 1.')).toBeDefined();
	expect(fakeWorker.sent('choose-member')).toEqual([]);
});
