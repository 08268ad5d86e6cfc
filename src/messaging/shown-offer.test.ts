// @vitest-environment node
import {makeChange, makeEntry} from '../../test/fake-browser/page-view-fixture';
import {shownOffer} from './shown-offer';

it('shows what the user set over AdultWork’s copy, and AdultWork’s copy alone without a change', () => {
	const entry = makeEntry({Title: 'Confirmed', CurrentlyAvailable: false});
	expect(shownOffer(entry)).toEqual(entry.offer);
	const changed = {...entry, change: makeChange({patch: {CurrentlyAvailable: true}})};
	expect(shownOffer(changed)).toEqual({...entry.offer, CurrentlyAvailable: true});
});
