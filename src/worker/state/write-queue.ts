import browser from 'webextension-polyfill';
import {defaultConfig} from './default-config';
import {storedStateFromStorage, storageEntries} from './storage-entries';
import type {StoredState} from './stored-state';

/**
The hot copy of the state in `storage.local`, loaded once per worker start behind one
promise. Every change goes through `updateState`, one at a time on one chain, and is
written to storage before the copy changes: a popup edit and a menu click never
overwrite each other, and a worker stopped at any moment loses nothing it confirmed.
*/
let loading: Promise<StoredState> | undefined;
let current: StoredState | undefined;
let chain: Promise<unknown> = Promise.resolve();
let beforeEachWrite: ((next: StoredState) => Promise<void>) | undefined;

/** Storage entries outside the state that must land in the same write as a change (the token, at a sign-in). */
export type AlsoWrite = {local?: Record<string, unknown>; session?: Record<string, unknown>; removeLocal?: string[]; removeSession?: string[]};

/**
Work started for every write before the write itself, and awaited with it: the wake alarm,
so that no stored change is ever without one (`changes/wake-alarm.ts`).
*/
export function runBeforeEachWrite(hook: (next: StoredState) => Promise<void>): void {
	beforeEachWrite = hook;
}

async function load(): Promise<StoredState> {
	const items = await browser.storage.local.get(null);
	current = deepFreeze(storedStateFromStorage(items, defaultConfig()));
	return current;
}

/** Resolves once the stored state is loaded; every event handler awaits it first. */
export function ready(): Promise<StoredState> {
	loading ??= load().catch((error: unknown) => {
		loading = undefined;
		throw error;
	});
	return loading;
}

/** The latest written state; frozen, so a change can only happen through `updateState`. */
export async function readState(): Promise<StoredState> {
	await ready();
	return current!;
}

/** The state once every write asked for so far has landed (or failed): what a view published now must show. */
export async function latestState(): Promise<StoredState> {
	await chain;
	return readState();
}

/**
Applies a synchronous change to a copy of the state, writes what changed, then makes it
the current state. A change that throws changes nothing. Network calls never happen inside
a change, so the chain never waits on AdultWork. `alongside` starts with the write and is
awaited with it (the pages' view of the new state); it must not throw.
*/
export function updateState<T>(change: (draft: StoredState) => T, also: AlsoWrite = {}, alongside?: (next: StoredState) => Promise<void>): Promise<T> {
	const run = chain.then(async () => {
		const before = await readState();
		const draft = structuredClone(before);
		const result = change(draft);
		await Promise.all([beforeEachWrite?.(draft), persist(before, draft, also), alongside?.(draft)]);
		current = deepFreeze(draft);
		return result;
	});
	chain = run.catch(() => undefined);
	return run;
}

async function persist(before: StoredState, after: StoredState, also: AlsoWrite): Promise<void> {
	const old = storageEntries(before);
	const next = storageEntries(after);
	const changed: Record<string, unknown> = {...also.local};
	const removed: string[] = [...(also.removeLocal ?? [])];
	const session = Promise.all([
		also.session && browser.storage.session.set(also.session),
		also.removeSession && browser.storage.session.remove(also.removeSession),
	]);
	for (const key of new Set([...Object.keys(old), ...Object.keys(next)])) {
		if (next[key] === undefined) {
			if (old[key] !== undefined) {
				removed.push(key);
			}
		} else if (JSON.stringify(next[key]) !== JSON.stringify(old[key])) {
			changed[key] = next[key];
		}
	}

	if (Object.keys(changed).length > 0) {
		await browser.storage.local.set(changed);
	}

	if (removed.length > 0) {
		await browser.storage.local.remove(removed);
	}

	await session;
}

function deepFreeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const child of Object.values(value)) {
			deepFreeze(child);
		}
	}

	return value;
}
