// @vitest-environment node
import {fakeBrowser} from '../../test/fake-browser/fake-page-browser';
import {requestHostPermission} from './host-permission';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/fake-browser/fake-page-browser')).fakeBrowser}));

it('asks the browser at once, and takes a refusal or an impossible request as not granted', async () => {
	fakeBrowser.permissions.request.mockResolvedValueOnce(false);
	const asking = requestHostPermission('http://127.0.0.1:8787');
	expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({origins: ['http://127.0.0.1/*']});
	expect(await asking).toBe(false);
	fakeBrowser.permissions.request.mockRejectedValueOnce(new Error('Only permissions specified in the manifest may be requested'));
	expect(await requestHostPermission('http://example.com')).toBe(false);
	expect(await requestHostPermission('http://localhost:8787')).toBe(true);
});
