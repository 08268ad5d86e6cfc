// @vitest-environment node
import {forgetHostPermissions, hasHostPermission, knownHostPermission} from './host-permission';

/** Firefox's answer: a pattern with a port matches nothing, even when the host is granted. */
const {contains, granted} = vi.hoisted(() => {
	const granted = new Set(['http://127.0.0.1/*', 'https://api.adultwork.com/*']);
	return {granted, contains: vi.fn(async ({origins}: {origins: string[]}) => origins.every(origin => granted.has(origin)))};
});
vi.mock('webextension-polyfill', () => ({default: {permissions: {contains}}}));

beforeEach(() => {
	forgetHostPermissions();
	contains.mockClear();
	granted.add('http://127.0.0.1/*');
});

it('finds a granted host on any port, as the options page asked for it', async () => {
	expect(await hasHostPermission('http://127.0.0.1:41499')).toBe(true);
	expect(contains).toHaveBeenLastCalledWith({origins: ['http://127.0.0.1/*']});
	expect(await hasHostPermission('https://api.adultwork.com')).toBe(true);
});

it('says no for a host that was not granted, or when the browser cannot tell', async () => {
	expect(await hasHostPermission('http://192.168.1.20:8787')).toBe(false);
	contains.mockRejectedValueOnce(new Error('Invalid pattern'));
	expect(await hasHostPermission('http://127.0.0.1:8787')).toBe(false);
});

it('knows the last answer per host until permissions change', async () => {
	expect(await knownHostPermission('http://127.0.0.1:41499')).toBe(true);
	expect(await knownHostPermission('http://127.0.0.1:8787')).toBe(true);
	expect(contains).toHaveBeenCalledTimes(1);

	granted.delete('http://127.0.0.1/*');
	forgetHostPermissions();
	expect(await knownHostPermission('http://127.0.0.1:41499')).toBe(false);
	expect(contains).toHaveBeenCalledTimes(2);
});

it('keeps the answer of every ask, and asks again after the browser could not tell', async () => {
	await knownHostPermission('http://127.0.0.1:8787');
	granted.delete('http://127.0.0.1/*');
	expect(await hasHostPermission('http://127.0.0.1:8787')).toBe(false);
	expect(await knownHostPermission('http://127.0.0.1:8787')).toBe(false);

	contains.mockRejectedValueOnce(new Error('Busy'));
	expect(await hasHostPermission('http://127.0.0.1:8787')).toBe(false);
	granted.add('http://127.0.0.1/*');
	expect(await knownHostPermission('http://127.0.0.1:8787')).toBe(true);
	expect(contains).toHaveBeenCalledTimes(4);
});
