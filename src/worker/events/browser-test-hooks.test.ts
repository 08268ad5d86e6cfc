// @vitest-environment node
import {buildDefaults} from '../../shared/build-defaults';
import {exposeTestHooks} from './browser-test-hooks';
import {onCommand} from './lifecycle';
import {onMenuClicked} from './menu-clicks';

vi.mock('../../shared/build-defaults', () => ({buildDefaults: {apiBaseUrl: '', clientId: ''}}));
vi.mock('./lifecycle', () => ({onCommand: vi.fn(async () => undefined)}));
vi.mock('./menu-clicks', () => ({onMenuClicked: vi.fn(async () => undefined)}));
const stored = vi.hoisted(() => ({state: undefined as unknown}));
vi.mock('../state/write-queue', () => ({
	updateState: vi.fn(async (change: (draft: unknown) => void) => {
		change(stored.state);
	}),
}));

afterEach(() => {
	globalThis.directcamTestHooks = undefined;
	buildDefaults.apiBaseUrl = '';
});

it('gives a production build nothing to call from outside', () => {
	exposeTestHooks();
	expect(globalThis.directcamTestHooks).toBeUndefined();
});

it('lets the local build’s browser suite run the real menu and shortcut handlers', async () => {
	buildDefaults.apiBaseUrl = 'http://127.0.0.1:8787';
	exposeTestHooks();
	const click = {menuItemId: 'offer:100102', checked: false, wasChecked: true, editable: false, modifiers: []};
	await globalThis.directcamTestHooks!.menuClicked(click);
	await globalThis.directcamTestHooks!.command('pause-all-offers');
	expect(onMenuClicked).toHaveBeenCalledWith(click);
	expect(onCommand).toHaveBeenCalledWith('pause-all-offers');
});

it('ages the cached copies for the bench, as if fetched that long ago', async () => {
	buildDefaults.apiBaseUrl = 'http://127.0.0.1:8787';
	stored.state = {offerCaches: {x: {fetchedAt: 100_000, seenAt: {7: 90_000}}, y: {seenAt: {}}}};
	exposeTestHooks();
	await globalThis.directcamTestHooks!.ageCopies(31_000);
	expect(stored.state).toEqual({offerCaches: {x: {fetchedAt: 69_000, seenAt: {7: 59_000}}, y: {seenAt: {}}}});
});
