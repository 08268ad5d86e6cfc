import ky, {HTTPError, type KyInstance} from 'ky';
import {create, StructError} from 'superstruct';
import {type Credentials, CredentialsStruct, type GroupMember, parseGroupMembers, type Settings, SettingsStruct} from '../model/account';
import type {Offer} from '../model/offer';
import {parseOffer} from '../model/offer-from-response';
import {parseOfferList} from '../model/offer-list';
import type {OfferUpdate} from '../model/offer-update';
import {ApiError, kindOfStatus, parseRetryAfter} from './api-error';
import {BodyTooLargeError, readBoundedText} from './bounded-body';
import {type Endpoint, endpoints, groupUserIdPlacement} from './endpoints';
import {parseServerMessage} from './server-message';

export type ApiClientOptions = {
	baseUrl: string;
	/** Asked before every request; the client never keeps the token. */
	getToken: () => string | undefined | Promise<string | undefined>;
	/** One deadline per call, over every try, the headers and the whole body: a body that never ends cannot hold a caller for good. */
	timeoutMs?: number;
	/** The list's deadline: the longest answer there is. */
	listTimeoutMs?: number;
	/** Tries after the first one, for idempotent requests that failed for a passing reason. */
	retries?: number;
	/** The first pause between tries; it doubles each time. */
	backoffMs?: number;
	/** A longer `Retry-After` is not waited for here: the error carries it for the caller to schedule. */
	longestInlineWaitMs?: number;
	fetch?: typeof fetch;
};

/** A group manager acting for a member names them; a performer leaves it out. */
export type ActingFor = {userId?: number};

export type ApiClient = ReturnType<typeof createApiClient>;

type CallOptions = ActingFor & {
	body?: Record<string, unknown>;
	searchParams?: Record<string, string | number | boolean>;
};

export function createApiClient(options: ApiClientOptions) {
	const longestInlineWaitMs = options.longestInlineWaitMs ?? 5000;
	const api: KyInstance = ky.create({
		prefixUrl: options.baseUrl,
		// ky's timeout ends when the headers arrive; the call's own deadline (below) covers the body too.
		timeout: false,
		fetch: options.fetch,
		retry: {
			limit: options.retries ?? 2,
			// Both are idempotent: a PUT carries the whole offer, so sending it twice changes nothing.
			methods: ['get', 'put'],
			statusCodes: [408, 429, 502, 503, 504],
			afterStatusCodes: [429, 503],
			delay: attempt => (options.backoffMs ?? 300) * 2 ** (attempt - 1),
			// A long wait is not spent here: the error carries `retryAfterMs` for the caller's alarm.
			async shouldRetry({error}) {
				const wait = error instanceof HTTPError ? parseRetryAfter(error.response.headers.get('Retry-After')) : undefined;
				return wait !== undefined && wait > longestInlineWaitMs ? false : undefined;
			},
		},
	});

	async function call(endpoint: Endpoint, {userId, body, searchParams = {}}: CallOptions = {}): Promise<unknown> {
		const actingForMember = userId !== undefined && endpoint.groupPath !== undefined;
		const headers: Record<string, string> = {Accept: 'application/json'};
		if (endpoint.auth === 'bearer') {
			const token = await options.getToken();
			if (!token) {
				throw new ApiError('unauthorized');
			}

			headers.Authorization = `bearer ${token}`;
		}

		const placement = groupUserIdPlacement[endpoint.method];
		const query = actingForMember && placement === 'query' ? {...searchParams, UserID: userId} : searchParams;
		const json = actingForMember && placement === 'body' ? {...body, UserID: userId} : body;
		const deadline = new AbortController();
		const timer = setTimeout(() => deadline.abort(), endpoint === endpoints.listOffers ? (options.listTimeoutMs ?? 15_000) : (options.timeoutMs ?? 10_000));
		let text: string;
		try {
			const response = await api(actingForMember ? endpoint.groupPath! : endpoint.path, {
				method: endpoint.method,
				headers,
				searchParams: query,
				json,
				signal: deadline.signal,
			});
			text = await readBoundedText(response);
		} catch (error) {
			throw await toApiError(error, endpoint, deadline.signal);
		} finally {
			clearTimeout(timer);
		}

		try {
			return JSON.parse(text) as unknown;
		} catch {
			throw new ApiError('bad-response', {message: 'The answer is not JSON'});
		}
	}

	return {
		async verifyCredentials(): Promise<Credentials> {
			return validated(await call(endpoints.verifyCredentials), body => create(body, CredentialsStruct));
		},

		async listOffers(actingFor: ActingFor = {}): Promise<Offer[]> {
			return validated(await call(endpoints.listOffers, actingFor), parseOfferList);
		},

		/** The answer has no `CurrentlyAvailable`: the offer keeps the one that was sent. */
		async updateOffer(request: OfferUpdate, actingFor: ActingFor = {}): Promise<Offer> {
			const body = await call(endpoints.updateOffer, {...actingFor, body: request});
			return validated(body, answer => parseOffer(answer, request.CurrentlyAvailable));
		},

		async getSettings(actingFor: ActingFor = {}): Promise<Settings> {
			return validated(await call(endpoints.settings, actingFor), body => create(body, SettingsStruct));
		},

		async getGroupMembers({groupId, apiKey}: {groupId: number; apiKey: string}): Promise<GroupMember[]> {
			const membersPerPage = 100;
			const members: GroupMember[] = [];
			for (let pageNumber = 1; pageNumber <= 50; pageNumber++) {
				const searchParams = {apiKey, GroupID: groupId, ReturnMembers: true, MembersPerPage: membersPerPage, PageNumber: pageNumber};
				const page = validated(await call(endpoints.groupDetails, {searchParams}), parseGroupMembers);
				members.push(...page);
				if (page.length < membersPerPage) {
					break;
				}
			}

			return members;
		},
	};
}

function validated<T>(body: unknown, parse: (body: unknown) => T): T {
	try {
		return parse(body);
	} catch (error) {
		// The model throws a RangeError for an answer over one of its limits, in words worth showing.
		if (error instanceof RangeError) {
			throw new ApiError('bad-response', {message: error.message});
		}

		const where = error instanceof StructError && error.path.length > 0 ? ` (at ${error.path.join('.')})` : '';
		throw new ApiError('bad-response', {message: `The answer is not in the expected shape${where}`});
	}
}

/** Runs while the call's deadline still holds: an error body is bounded like any other. */
async function toApiError(error: unknown, endpoint: Endpoint, deadline: AbortSignal): Promise<ApiError> {
	if (error instanceof HTTPError) {
		const {status, headers} = error.response;
		const body = await readBoundedText(error.response).catch(() => '');
		const kind = status === 404 && endpoint === endpoints.listOffers ? 'no-offer-list' : kindOfStatus(status);
		return new ApiError(kind, {status, retryAfterMs: parseRetryAfter(headers.get('Retry-After')), ...parseServerMessage(body, headers.get('Content-Type'))});
	}

	if (error instanceof BodyTooLargeError) {
		return new ApiError('bad-response', {message: error.message});
	}

	// Whatever else failed, fetch's own error text is left out: it can name the URL.
	return new ApiError(deadline.aborted ? 'timeout' : 'network');
}
