/**
The match pattern for an API's host, without a port: Firefox never matches a pattern with a
port (its `permissions.contains` answers false, its `request` throws), and Chrome's port-less
pattern matches every port. The worker checks and the options page asks for the same pattern.
*/
export function hostPattern(baseUrl: string): string {
	const {protocol, hostname} = new URL(baseUrl);
	return `${protocol}//${hostname}/*`;
}
