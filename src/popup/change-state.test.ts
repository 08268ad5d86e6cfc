// @vitest-environment node
import {makeChange} from '../../test/fake-browser/page-view-fixture';
import {hasFailed, isCalm} from './change-state';

it('calls a change on its way with nothing wrong calm', () => {
	expect(isCalm(makeChange({status: 'sending'}))).toBe(true);
	expect(isCalm(makeChange({status: 'due'}))).toBe(true);
	expect(isCalm(makeChange({status: 'due', error: {code: 'network', message: 'Offline'}}))).toBe(false);
	expect(isCalm(makeChange({status: 'backing-off'}))).toBe(false);
	expect(isCalm(makeChange({status: 'sending', refused: {Title: {value: 'x', message: 'No'}}}))).toBe(false);
});

it('calls a change failed once there is an error, a refusal, a held value or a day of failures', () => {
	expect(hasFailed(makeChange({status: 'backing-off', error: {code: 'server', message: 'Trouble'}}))).toBe(true);
	expect(hasFailed(makeChange({status: 'refused'}))).toBe(true);
	expect(hasFailed(makeChange({status: 'given-up'}))).toBe(true);
	expect(hasFailed(makeChange({status: 'due', held: {Title: 'x'}}))).toBe(true);
	expect(hasFailed(makeChange({status: 'backing-off'}))).toBe(false);
	expect(hasFailed(makeChange({status: 'waiting-for-sign-in'}))).toBe(false);
	expect(hasFailed(makeChange({status: 'sending'}))).toBe(false);
});
