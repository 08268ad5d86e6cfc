import type {LocalApi, RecordedRequest} from '../../local-api/server';

/** Reading what the local API received, the way a test asserts on the wire. */

export const ownUpdatePath = '/v1/DirectCam/UpdateDirectCamSpecialOffer';
export const groupUpdatePath = '/v1/Groups/DirectCam/UpdateDirectCamSpecialOffer';

const offerIdOf = (request: RecordedRequest) => (request.body as {OfferID?: unknown} | undefined)?.OfferID;

/** The offer updates received, in order; for one offer when given. */
export function offerPuts(api: LocalApi, offerId?: number): RecordedRequest[] {
	return api.requests.filter(request => request.method === 'PUT' && (offerId === undefined || offerIdOf(request) === offerId));
}

/** The updates AdultWork carried out (200), as opposed to the ones that failed or lost their answer. */
export function acceptedPuts(api: LocalApi, offerId?: number): RecordedRequest[] {
	return offerPuts(api, offerId).filter(request => request.status === 200);
}

/** The JSON type of each field of a body: `number` for 20, `string` for "20". */
export function jsonTypes(body: unknown): Record<string, string> {
	return Object.fromEntries(
		Object.entries(body as Record<string, unknown>).map(([field, value]) => [field, value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value]),
	);
}

/** Signs everyone out on the local API's side (consents too), through its admin endpoint. */
export async function revokeAllTokens(api: LocalApi): Promise<void> {
	const response = await fetch(`${api.url}/__admin/revoke`, {method: 'POST'});
	if (!response.ok) {
		throw new Error(`The local API did not revoke the tokens: ${response.status}`);
	}
}

/** For `expect.poll` on the requests: the browser and the worker may take seconds on a busy machine. */
export const patiently = {timeout: 15_000, interval: 50};
