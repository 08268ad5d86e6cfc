import {hostPattern} from './host-pattern';

it('names the host on every port, since Firefox refuses ports in patterns', () => {
	expect(hostPattern('http://127.0.0.1:8787/api')).toBe('http://127.0.0.1/*');
	expect(hostPattern('https://api-sandbox.adultwork.com')).toBe('https://api-sandbox.adultwork.com/*');
	expect(hostPattern('http://localhost:41499')).toBe('http://localhost/*');
});
