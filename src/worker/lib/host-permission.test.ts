// @vitest-environment node
import {hasHostPermission} from './host-permission';

/** Firefox's answer: a pattern with a port matches nothing, even when the host is granted. */
const {contains} = vi.hoisted(() => {
	const granted = ['http://127.0.0.1/*', 'https://api.adultwork.com/*'];
	return {contains: vi.fn(async ({origins}: {origins: string[]}) => origins.every(origin => granted.includes(origin)))};
});
vi.mock('webextension-polyfill', () => ({default: {permissions: {contains}}}));

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
