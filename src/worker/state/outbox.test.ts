// @vitest-environment node
import {makeEntry} from '../../../test/fake-browser/stored-state-fixture';
import {changeView} from './outbox';

const situation = {ownerSignedIn: true, now: 10_000};

it('tells the pages since when the oldest value has waited, and where the change stands', () => {
	const entry = makeEntry({Title: 'New'}, {}, 4000);
	entry.intents.CurrentlyAvailable = {value: true, seq: 2, at: 9000};
	expect(changeView(entry, situation)).toEqual({
		status: 'due',
		patch: {Title: 'New', CurrentlyAvailable: true},
		refused: {},
		held: {},
		canDiscard: true,
		since: 4000,
	});
	expect(changeView(makeEntry(), situation)).toBeUndefined();
});
