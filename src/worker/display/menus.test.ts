// @vitest-environment node
import {makeEntry} from '../../../test/fake-browser/stored-state-fixture';
import type {MenuItem} from '../state/stored-state';
import {escapeMenuTitle, menuIdOf, menuItems as allMenuItems, offerIdOfItem} from './menus';
import {scopeKey} from '../state/offer-cache';
import type {StoredState, Scope} from '../state/stored-state';

/** The toolbar icon's menu; the page menu repeats it (its own test below). */
const menuItems = (...args: Parameters<typeof allMenuItems>): MenuItem[] => allMenuItems(...args).filter(item => !item.id.startsWith('page/'));

const scope: Scope = {apiBaseUrl: 'https://api.adultwork.com', userId: 1001};

function makePageView(): StoredState {
	return {
		config: {environment: 'production', rememberMe: false},
		account: {userId: 1001, isGroupManager: false},
		members: [],
		offerCaches: {
			[scopeKey(scope)]: {
				scope,
				offers: [
					{OfferID: 7, Title: 'Tease & please', Duration: 10, TotalCredits: 18, ModeID: 3, CurrentlyAvailable: true},
					{OfferID: 8, Title: 'Group', Duration: 10, TotalCredits: 18, ModeID: 2, CurrentlyAvailable: false},
					{OfferID: 9, Title: 'Refused', Duration: 10, TotalCredits: 18, ModeID: 2, CurrentlyAvailable: false},
				],
				seenAt: {},
				noOfferList: false,
				outbox: {
					8: makeEntry({CurrentlyAvailable: true}),
					9: makeEntry({}, {refused: {CurrentlyAvailable: {value: true, seq: 1, message: 'No'}}}),
				},
				seq: 1,
				drafts: {},
				pausedOfferIds: [],
			},
		},
	};
}

it('has one parent for the toolbar menu, a checkbox per offer showing the intended state, then pause-all and the panel', () => {
	const items = menuItems(makePageView(), true);
	expect(items.map(({id, title, checked, enabled}) => ({id, title, checked, enabled}))).toEqual([
		{id: 'directcam', title: 'DirectCam offers', checked: undefined, enabled: undefined},
		{id: 'offer:7', title: 'Tease && please', checked: true, enabled: true},
		{id: 'offer:8', title: 'Group', checked: true, enabled: true},
		// A refused change shows the confirmed state again.
		{id: 'offer:9', title: 'Refused', checked: false, enabled: true},
		{id: 'separator', title: undefined, checked: undefined, enabled: undefined},
		{id: 'pause-all', title: 'Pause all offers', checked: undefined, enabled: true},
		{id: 'open-panel', title: 'Open offers panel', checked: undefined, enabled: undefined},
	]);
	expect(items.every(item => JSON.stringify(item.contexts) === '["action"]' && item.documentUrlPatterns === undefined)).toBe(true);
	expect(items.slice(1).every(item => item.parentId === 'directcam')).toBe(true);
});

it('offers to resume while paused', () => {
	const state = makePageView();
	state.offerCaches[scopeKey(scope)]!.pausedOfferIds = [7];
	expect(menuItems(state, true).at(-2)).toMatchObject({id: 'pause-all', title: 'Resume paused offers'});
});

it('disables the offers and offers a sign-in when signed out', () => {
	const items = menuItems(makePageView(), false);
	expect(items.filter(item => item.type === 'checkbox').every(item => item.enabled === false)).toBe(true);
	expect(items.at(-2)).toMatchObject({id: 'sign-in', title: 'Sign in'});
	expect(items.some(item => item.id === 'pause-all')).toBe(false);
});

it('says so when there are no offers', () => {
	expect(menuItems({config: {environment: 'production', rememberMe: false}, members: [], offerCaches: {}}, false).map(({id}) => id)).toEqual([
		'directcam',
		'no-offers',
		'separator',
		'sign-in',
		'open-panel',
	]);
});

it('shows at most 30 offers, available ones first, then by offer number, and then “More offers…”', () => {
	const state = makePageView();
	const cache = state.offerCaches[scopeKey(scope)]!;
	// 40 offers listed with the highest numbers first; every third one available, and offer 1040 made available by a waiting change.
	cache.offers = Array.from({length: 40}, (_, index) => ({
		OfferID: 1040 - index,
		OfferNumber: 40 - index,
		Title: `Offer ${40 - index}`,
		Duration: 10,
		TotalCredits: 18,
		ModeID: 3,
		CurrentlyAvailable: (40 - index) % 3 === 0,
	}));
	cache.outbox = {1040: makeEntry({CurrentlyAvailable: true})};
	const items = menuItems(state, true);
	const numbers = items.filter(item => item.type === 'checkbox').map(item => Number(item.title!.split(' ')[1]));
	const available = [3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39, 40];
	expect(numbers).toEqual([...available, ...Array.from({length: 40}, (_, index) => index + 1).filter(number => !available.includes(number))].slice(0, 30));
	expect(items.slice(31).map(({id, title}) => ({id, title}))).toEqual([
		{id: 'more-offers', title: 'More offers…'},
		{id: 'separator', title: undefined},
		{id: 'pause-all', title: 'Pause all offers'},
		{id: 'open-panel', title: 'Open offers panel'},
	]);
	cache.offers = cache.offers.slice(0, 30);
	expect(menuItems(state, true).map(item => item.id)).not.toContain('more-offers');
	expect(
		menuItems(state, true)
			.filter(item => item.type === 'checkbox')
			.map(item => item.id),
	).toEqual(cache.offers.map(offer => `offer:${offer.OfferID}`));
});

it('reads offer IDs back from item IDs', () => {
	expect(offerIdOfItem('offer:42')).toBe(42);
	expect(offerIdOfItem('offer:x')).toBeUndefined();
	expect(offerIdOfItem('pause-all')).toBeUndefined();
	expect(escapeMenuTitle('A & B && C')).toBe('A && B &&&& C');
});

it('repeats the toolbar menu in the page’s right-click menu on AdultWork’s pages only', () => {
	const all = allMenuItems(makePageView(), true);
	const icon = all.filter(item => !item.id.startsWith('page/'));
	const pages = all.filter(item => item.id.startsWith('page/'));
	expect(pages.map(({id, parentId, contexts, documentUrlPatterns, ...rest}) => ({id: menuIdOf(id), ...rest}))).toEqual(
		icon.map(({id, parentId, contexts, ...rest}) => ({id, ...rest})),
	);
	expect(pages.every(item => JSON.stringify(item.contexts) === '["page"]' && JSON.stringify(item.documentUrlPatterns) === '["*://*.adultwork.com/*"]')).toBe(
		true,
	);
	expect(pages.slice(1).every(item => item.parentId === 'page/directcam')).toBe(true);
	expect(offerIdOfItem('page/offer:7')).toBe(7);
});
