// @vitest-environment node
import {createFakeWorld} from '../../../test/fake-browser/fake-world';
import {startWorker} from '../../../test/fake-browser/worker-harness';
import {demo, entryOf, expectOk, setUp, stateOf, withoutRevision} from '../../../test/fake-browser/worker-setup';
import {useLocalApi} from '../../../test/helpers/use-local-api';
import {PageViewStruct} from '../../messaging/protocol';

const localApi = useLocalApi();

it('publishes the view when the browser installs or starts the extension, before any page asks', async () => {
	for (const wake of ['install', 'startup'] as const) {
		const world = createFakeWorld();
		await startWorker(world);
		await world[wake]();
		const view = await world.publishedView();
		expect(PageViewStruct.is(view)).toBe(true);
		expect(view!.signedIn).toBe(false);
	}
});

it('publishes each change, so that the stored view shows what a reply would, under a later revision each time', async () => {
	const {world, worker} = await setUp(localApi());
	const {OfferID, CurrentlyAvailable} = localApi().offersOf(1001)[0]!;
	expectOk(await worker.ask({type: 'set-availability', offerId: OfferID, available: !CurrentlyAvailable}));
	await worker.settled();
	const view = (await world.publishedView())!;
	expect(entryOf(view, OfferID)).toEqual({offer: expect.objectContaining({OfferID, CurrentlyAvailable: !CurrentlyAvailable})});
	expect(withoutRevision(view)).toEqual(withoutRevision(await stateOf(worker)));
	const revisions = world.publishedViews.map(published => published.revision);
	expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
	expect(new Set(revisions).size).toBe(revisions.length);
});

it('says in the view while a refresh runs, and again when it is over', async () => {
	const {world, worker} = await setUp(localApi());
	const from = world.publishedViews.length;
	expectOk(await worker.ask({type: 'refresh', force: true}));
	await worker.settled();
	const during = world.publishedViews.slice(from);
	expect(during.some(view => view.refreshing)).toBe(true);
	expect(during.at(-1)!.refreshing).toBe(false);
	expect((await world.publishedView())!.fetchedAt).toBeDefined();
});

it('publishes drafts, which only the pages show: a popup opened later reopens the form', async () => {
	const {world, worker} = await setUp(localApi());
	const {OfferID} = localApi().offersOf(1001)[0]!;
	const draft = {touched: {Title: 'Typing…'}, openedOn: {Title: 'Before'}};
	expectOk(await worker.ask({type: 'save-draft', offerId: OfferID, draft}));
	expect(entryOf((await world.publishedView())!, OfferID)!.draft).toEqual(draft);
	expectOk(await worker.ask({type: 'discard-draft', offerId: OfferID}));
	expect(entryOf((await world.publishedView())!, OfferID)!.draft).toBeUndefined();
});

it('masks a credential that a server echoed into an error before the view leaves the worker', async () => {
	const {worker, world} = await setUp(localApi());
	expectOk(await worker.ask({type: 'set-config', apiKey: demo.apiKey}));
	const {showFailure} = await import('./publish');
	const {WorkerError} = await import('../lib/errors');
	await showFailure(new WorkerError('validation', 'AdultWork refused the request', {serverMessage: `Bad token ${demo.performerToken} or key ${demo.apiKey}`}));
	const view = JSON.stringify(await world.publishedView());
	expect(view).toContain('Bad token');
	expect(view).not.toContain(demo.performerToken);
	expect(view).not.toContain(demo.apiKey);
});
