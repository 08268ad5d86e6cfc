// @vitest-environment node
import {useLocalApi} from '../../../test/helpers/use-local-api';
import {startWorker} from '../../../test/fake-browser/worker-harness';
import {entryOf, expectOk, putsOf, setUp, stateOf} from '../../../test/fake-browser/worker-setup';

const localApi = useLocalApi();

const offerIds = () =>
	localApi()
		.offersOf(1001)
		.map(offer => offer.OfferID);
/** The toolbar icon's menu; AdultWork's pages have the same items under `page/` ids. */
const iconMenu = <T extends {id: string}>(items: T[]) => items.filter(item => !item.id.startsWith('page/'));
const checkboxes = (items: Array<{id: string; type: string; checked?: boolean; enabled: boolean}>) =>
	iconMenu(items)
		.filter(item => item.type === 'checkbox')
		.map(({id, checked, enabled}) => ({id, checked, enabled}));

it('shows a checkbox per offer, checked when available, kept in step through repeated changes', async () => {
	const {world, worker} = await setUp(localApi());
	await world.install();
	const expected = () =>
		localApi()
			.offersOf(1001)
			.map(offer => ({id: `offer:${offer.OfferID}`, checked: offer.CurrentlyAvailable, enabled: true}));
	expect(checkboxes(world.menus.items())).toEqual(expected());
	for (const offerId of offerIds().slice(0, 3)) {
		const available = !localApi()
			.offersOf(1001)
			.find(offer => offer.OfferID === offerId)!.CurrentlyAvailable;
		expectOk(await worker.ask({type: 'set-availability', offerId, available}));
		expectOk(await worker.ask({type: 'refresh', force: true}));
	}

	await worker.settled();
	await world.startup();
	expect(checkboxes(world.menus.items())).toEqual(expected());
	expect(world.menus.errors).toEqual([]);
	expect(world.menus.item(`offer:${offerIds()[0]}`)).toMatchObject({parentId: 'directcam', contexts: ['action']});
	expect(world.menus.item(`page/offer:${offerIds()[0]}`)).toMatchObject({
		parentId: 'page/directcam',
		contexts: ['page'],
		documentUrlPatterns: ['*://*.adultwork.com/*'],
	});
});

it('sets the offer to the box’s new state through the write path', async () => {
	const {world, worker} = await setUp(localApi());
	await world.install();
	const [offer] = localApi().offersOf(1001);
	await world.menus.click(`offer:${offer!.OfferID}`);
	await worker.settled();
	expect(putsOf(localApi(), offer!.OfferID)).toEqual([expect.objectContaining({CurrentlyAvailable: !offer!.CurrentlyAvailable, Title: offer!.Title})]);
	expect(world.menus.item(`offer:${offer!.OfferID}`)!.checked).toBe(!offer!.CurrentlyAvailable);
});

it('changes only what a toggle changes: the menus are not built again', async () => {
	const {world, worker} = await setUp(localApi());
	await world.install();
	const builds = world.menus.counts.removeAll;
	const [first, second] = localApi().offersOf(1001);
	await world.menus.click(`offer:${first!.OfferID}`);
	expectOk(await worker.ask({type: 'set-availability', offerId: second!.OfferID, available: !second!.CurrentlyAvailable}));
	await worker.settled();
	expect(world.menus.counts.removeAll).toBe(builds);
	expect(world.menus.item(`offer:${first!.OfferID}`)!.checked).toBe(!first!.CurrentlyAvailable);
	expect(world.menus.item(`offer:${second!.OfferID}`)!.checked).toBe(!second!.CurrentlyAvailable);
	expect(world.menus.errors).toEqual([]);
});

it('sets the box back and says why when AdultWork refuses the toggle', async () => {
	const {world, worker} = await setUp(localApi());
	await world.install();
	const [offer] = localApi().offersOf(1001);
	const id = `offer:${offer!.OfferID}`;
	localApi().setSwitches({failNext: {count: 1, status: 400}});
	await world.menus.click(id);
	await worker.settled();
	expect(world.menus.item(id)!.checked).toBe(offer!.CurrentlyAvailable);
	expect(localApi().offersOf(1001)[0]!.CurrentlyAvailable).toBe(offer!.CurrentlyAvailable);
	const state = await stateOf(worker);
	const reason = entryOf(state, offer!.OfferID)!.change!.refused.CurrentlyAvailable!.message;
	expect(reason).toMatch(/The request is invalid/);
	expect(await world.badge()).toMatchObject({text: '!', title: expect.stringContaining(reason)});
});

it('sets the box back when the toggle would break a rule, sending nothing', async () => {
	const {world, worker} = await setUp(localApi());
	const [offer] = localApi().offersOf(1001);
	const id = `offer:${offer!.OfferID}`;
	// A cached offer the rules no longer allow (AdultWork raised a minimum, say), as a new worker finds it in storage.
	const items = (await world.storage.local.get(null)) as Record<string, {offers?: Array<{OfferID: number; TotalCredits: number}>}>;
	const [key, cache] = Object.entries(items).find(([name]) => name.startsWith('book:'))!;
	cache.offers!.find(cached => cached.OfferID === offer!.OfferID)!.TotalCredits = 1;
	await world.storage.local.set({[key]: cache});
	worker.kill();
	const next = await startWorker(world);
	await world.install();
	const before = world.menus.item(id)!.checked;
	await world.menus.click(id);
	await next.settled();
	expect(world.menus.item(id)!.checked).toBe(before);
	expect(putsOf(localApi(), offer!.OfferID)).toHaveLength(0);
	expect(entryOf(await stateOf(next), offer!.OfferID)!.change).toMatchObject({
		status: 'refused',
		refused: {CurrentlyAvailable: {message: expect.stringMatching(/at least/)}},
	});
	expect((await world.badge()).text).toBe('!');
});

it('disables the offers and offers a sign-in when signed out; the sign-in item signs in', async () => {
	const {world, worker} = await setUp(localApi());
	await world.install();
	expectOk(await worker.ask({type: 'sign-out'}));
	const items = iconMenu(world.menus.items());
	expect(items.filter(item => item.type === 'checkbox').every(item => !item.enabled)).toBe(true);
	expect(items.at(-2)).toMatchObject({id: 'sign-in', enabled: true});
	expect((await world.badge()).text).toBe('!');

	await world.menus.click('sign-in');
	await worker.settled();
	expect((await stateOf(worker)).signedIn).toBe(true);
	expect(world.menus.item('sign-in')).toBeUndefined();
	expect(world.menus.item('pause-all')).toMatchObject({enabled: true});
	expect(world.menus.errors).toEqual([]);
});

it('opens the options page from "Sign in" while no client ID is set', async () => {
	const {world, worker} = await setUp(localApi(), {token: null});
	expectOk(await worker.ask({type: 'set-config', clientId: ''}));
	await world.install();
	await world.menus.click('sign-in');
	expect(world.optionsPageOpened).toHaveLength(1);
	expect(world.identity.launches).toEqual([]);
});

it('opens the popup’s page in a tab from “More offers…”, shown when the offers outnumber the menu', async () => {
	const {world, worker} = await setUp(localApi());
	expect((await fetch(`${localApi().url}/__admin/seed`, {method: 'POST', body: JSON.stringify({UserID: 1001, count: 31})})).status).toBe(204);
	expectOk(await worker.ask({type: 'refresh', force: true}));
	await world.install();
	expect(iconMenu(world.menus.items()).filter(item => item.type === 'checkbox')).toHaveLength(30);
	await world.menus.click('more-offers');
	expect(world.tabsOpened).toEqual(['chrome-extension://test-extension-id/popup.html']);
	expect(world.menus.errors).toEqual([]);
});

it('titles the menus in the browser’s language', async () => {
	const {world} = await setUp(localApi());
	world.settings.locale = 'de';
	await world.install();
	expect(world.menus.item('directcam')!.title).toBe('DirectCam-Angebote');
	expect(world.menus.item('pause-all')!.title).toBe('Alle Angebote pausieren');
});

it('notes a click and stores its change in one write, so a stopped worker never keeps one without the other', async () => {
	const {world, worker} = await setUp(localApi());
	await world.install();
	await worker.settled();
	const [offer] = localApi().offersOf(1001);
	const writes: string[][] = [];
	const set = world.storage.local.set.bind(world.storage.local);
	vi.spyOn(world.storage.local, 'set').mockImplementation(async items => {
		writes.push(Object.keys(items));
		return set(items);
	});
	await world.menus.click(`offer:${offer!.OfferID}`);
	const first = writes[0]!;
	expect(first).toContain('shownMenus');
	expect(first.some(key => key.startsWith('book:'))).toBe(true);
	await worker.settled();
});

it('toggles an offer from the page’s menu on AdultWork’s site, and ticks its box in both menus', async () => {
	const {world, worker} = await setUp(localApi());
	await world.install();
	const offer = localApi().offersOf(1001)[0]!;
	await world.menus.click(`page/offer:${offer.OfferID}`);
	await worker.settled();
	expect(localApi().offersOf(1001)[0]!.CurrentlyAvailable).toBe(!offer.CurrentlyAvailable);
	expect(world.menus.item(`offer:${offer.OfferID}`)!.checked).toBe(!offer.CurrentlyAvailable);
	expect(world.menus.item(`page/offer:${offer.OfferID}`)!.checked).toBe(!offer.CurrentlyAvailable);
	expect(world.menus.errors).toEqual([]);
});

it('opens the offers panel in the clicked window from “Open offers panel”, in either menu', async () => {
	const {world} = await setUp(localApi());
	await world.install();
	await world.menus.click('open-panel');
	await world.menus.click('page/open-panel');
	expect(world.panelsOpened).toEqual([7, 7]);
	expect(world.menus.errors).toEqual([]);
});
