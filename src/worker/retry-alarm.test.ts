// @vitest-environment node
import type {Alarms} from 'webextension-polyfill';
import {syncRetryAlarm} from './retry-alarm';
import {retryAlarmName} from './retry-schedule';
import {scopeKey} from './scope';
import type {Durable, Scope} from './stored-state';

const alarms = vi.hoisted(() => new Map<string, {name: string; scheduledTime: number}>());
vi.mock('webextension-polyfill', () => ({
	default: {
		alarms: {
			get: async (name: string) => alarms.get(name),
			clear: async (name: string) => alarms.delete(name),
			create: vi.fn(async (name: string, {when}: Alarms.CreateAlarmInfoType) => {
				alarms.set(name, {name, scheduledTime: when!});
			}),
		},
	},
}));

const scope: Scope = {apiBaseUrl: 'https://api.adultwork.com', userId: 1001};
const now = Date.now();

function waitingUntil(nextAttemptAt?: number): Durable {
	return {
		config: {environment: 'production', rememberMe: false},
		account: {userId: 1001, isGroupManager: false},
		members: [],
		books: {[scopeKey(scope)]: {
			scope,
			offers: [],
			noOfferList: false,
			pending: nextAttemptAt === undefined ? {} : {7: {patch: {}, status: 'waiting', attempts: 1, nextAttemptAt}},
			drafts: {},
			pausedOfferIds: [],
			confirmedAt: {},
		}},
	};
}

beforeEach(() => {
	alarms.clear();
});

it('wakes the worker at the next retry, and not at all when nothing waits', async () => {
	await syncRetryAlarm(waitingUntil(now + 120_000));
	expect(alarms.get(retryAlarmName)?.scheduledTime).toBe(now + 120_000);
	await syncRetryAlarm(waitingUntil());
	expect(alarms.has(retryAlarmName)).toBe(false);
});

it('moves an alarm that would wake too late, and keeps one Chrome already put as early as it allows', async () => {
	alarms.set(retryAlarmName, {name: retryAlarmName, scheduledTime: now + 600_000});
	await syncRetryAlarm(waitingUntil(now + 60_000));
	expect(alarms.get(retryAlarmName)?.scheduledTime).toBe(now + 60_000);

	// Asked for in 5 s, Chrome set it to 30 s from then: asking again would change nothing.
	const {default: browser} = await import('webextension-polyfill');
	alarms.set(retryAlarmName, {name: retryAlarmName, scheduledTime: now + 30_000});
	vi.mocked(browser.alarms.create).mockClear();
	await syncRetryAlarm(waitingUntil(now + 5000));
	expect(browser.alarms.create).not.toHaveBeenCalled();
});
