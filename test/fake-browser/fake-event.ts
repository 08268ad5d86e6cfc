/** An extension event a test can fire; `fire` waits for what the listeners return (the worker returns its work). */
export function createFakeEvent<Arguments extends unknown[]>() {
	type Listener = (...args: Arguments) => unknown;
	const listeners: Listener[] = [];
	return {
		addListener(listener: Listener) {
			listeners.push(listener);
		},
		removeListener(listener: Listener) {
			const index = listeners.indexOf(listener);
			if (index !== -1) {
				listeners.splice(index, 1);
			}
		},
		hasListener: (listener: Listener) => listeners.includes(listener),
		hasListeners: () => listeners.length > 0,
		async fire(...args: Arguments): Promise<unknown[]> {
			return Promise.all(listeners.map(listener => listener(...args)));
		},
	};
}

export type FakeEvent<Arguments extends unknown[]> = ReturnType<typeof createFakeEvent<Arguments>>;
