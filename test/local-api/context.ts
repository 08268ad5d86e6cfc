import type {Answer} from './answers';
import type {Auth} from './auth';
import type {OfferStore} from './offer-store';
import type {Switches} from './switches';

export type ServerState = {offers: OfferStore; auth: Auth; switches: Switches};

export type RouteContext = {
	method: string;
	url: URL;
	/** Lower-case names, repeated headers joined. */
	headers: Record<string, string>;
	/** Parsed JSON, or the raw text when it is not JSON, or undefined when empty. */
	body: unknown;
	rawBody: string;
	state: ServerState;
};

export type Route = (context: RouteContext) => Answer;

/** Keyed by the lower-cased path (the API is case-insensitive), then by method. */
export type RouteTable = Record<string, Partial<Record<string, Route>>>;

/** Query parameter names are case-insensitive too, as ASP.NET binds them. */
export function queryParameter(url: URL, name: string): string | undefined {
	const wanted = name.toLowerCase();
	for (const [key, value] of url.searchParams) {
		if (key.toLowerCase() === wanted) {
			return value;
		}
	}

	return undefined;
}

/** A positive whole number from a query string, or undefined. */
export function parseId(text: string | undefined): number | undefined {
	return text !== undefined && /^\d{1,9}$/.test(text.trim()) && Number(text) > 0 ? Number(text) : undefined;
}

export type RecordedRequest = {
	method: string;
	/** Pathname and search, as received. */
	path: string;
	headers: Record<string, string>;
	body: unknown;
	/** When its headers arrived: `performance.timeOrigin + performance.now()`, a clock the bench compares with the browser's. */
	receivedAt: number;
	/** The status answered; undefined while waiting or when the connection was dropped. */
	status?: number;
};
