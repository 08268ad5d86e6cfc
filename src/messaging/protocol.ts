import {array, boolean, enums, type Infer, integer, literal, nullable, number, object, optional, record, string, union} from 'superstruct';
import {apiErrorKinds} from '../api/api-error';
import {OfferStruct} from '../model/offer';
import {OfferPatchStruct} from '../model/offer-patch';

/**
The one message protocol between the pages (popup, options) and the worker. Every request
and every reply has a struct; the router checks both. Replies never carry the token.
*/

const OfferId = integer();
const EnvironmentName = enums(['production', 'sandbox', 'custom']);

export const ViolationStruct = object({field: string(), rule: string(), args: array(string()), message: string()});

/** The codes the worker answers with beside the API's kinds. */
export const workerErrorCodes = [
	'invalid-message',
	'forbidden-sender',
	'invalid-offer',
	'unknown-offer',
	'no-pending-change',
	'change-in-flight',
	'not-signed-in',
	'sign-in-cancelled',
	'sign-in-failed',
	'bad-client-id',
	'bad-config',
	'not-a-manager',
	'permission-denied',
	'internal',
] as const;

/** The codes a page gives itself when the worker did not answer, or not in the protocol's form. */
export const pageErrorCodes = ['worker-unreachable', 'invalid-reply'] as const;

/** Every error code a page may meet, in one list: a `case` on any other fails the type check. */
export const errorCodes = [...apiErrorKinds, ...workerErrorCodes, ...pageErrorCodes] as const;
export type ErrorCode = (typeof errorCodes)[number];
export type WorkerErrorCode = Exclude<ErrorCode, (typeof pageErrorCodes)[number]>;

export const ErrorInfoStruct = object({
	code: enums(errorCodes),
	message: string(),
	/** The server's own words, when it sent any. */
	serverMessage: optional(string()),
	/** AdultWork's words for single fields (ASP.NET's ModelState), by field name. */
	fieldMessages: optional(record(string(), string())),
	violations: optional(array(ViolationStruct)),
});
export type ErrorInfo = Infer<typeof ErrorInfoStruct>;

/**
Where an offer's unconfirmed change stands, derived by the worker from its outbox record:
due (goes out now), sending, backing-off (until `nextAttemptAt`), waiting-for-sign-in,
waiting-for-access, held (made long before the sign-in that would send it: waits for the
user's Send), given-up (failed for a day), refused (only refused fields are left).
*/
export const changeStatuses = ['due', 'sending', 'backing-off', 'waiting-for-sign-in', 'waiting-for-access', 'held', 'given-up', 'refused'] as const;
export type ChangeStatus = (typeof changeStatuses)[number];

const FieldValue = union([string(), number(), boolean()]);

export const ChangeStruct = object({
	status: enums(changeStatuses),
	/** What the offer becomes: the values the user set that AdultWork has not confirmed yet, refused ones aside. */
	patch: OfferPatchStruct,
	/** Fields AdultWork refused, with its words: held back until the user edits, retries or discards them. */
	refused: record(string(), object({value: FieldValue, message: string()})),
	/** Values set long before the sign-in that would send them: they wait for the user's Send or Discard. */
	held: OfferPatchStruct,
	nextAttemptAt: optional(number()),
	/** When the oldest value still waiting was set: a change waiting longer than a moment offers Retry. */
	since: optional(number()),
	/** Why the last try failed. */
	error: optional(ErrorInfoStruct),
	/** Discard drops the refused and held fields, or else the unsent change: never what is on its way, so it is final. */
	canDiscard: boolean(),
});
export type Change = Infer<typeof ChangeStruct>;

/**
An open edit form, kept so it survives the popup closing: only the fields the user touched,
as typed (even when invalid), and what each showed when the form opened.
*/
export const DraftStruct = object({
	touched: record(string(), union([string(), boolean()])),
	openedOn: record(string(), union([string(), boolean()])),
});
export type Draft = Infer<typeof DraftStruct>;

export const OfferEntryStruct = object({
	/** The last state the API confirmed (or, for an offer added by ID, the state we sent). */
	offer: OfferStruct,
	change: optional(ChangeStruct),
	draft: optional(DraftStruct),
});
export type OfferEntry = Infer<typeof OfferEntryStruct>;

export const AccountStruct = object({
	userId: integer(),
	email: optional(string()),
	groupId: optional(integer()),
	groupName: optional(string()),
	isGroupManager: boolean(),
	/** Epoch ms; absent for a pasted token whose lifetime is unknown. */
	tokenExpiresAt: optional(number()),
});

export const ConfigStruct = object({
	environment: EnvironmentName,
	customBaseUrl: optional(string()),
	/** The effective API base URL. */
	apiBaseUrl: string(),
	clientId: optional(string()),
	/** A developer's API key is held for this API (each API keeps its own). */
	hasApiKey: boolean(),
	rememberMe: boolean(),
	/** The extension's redirect URL, for the developer to register with AdultWork. */
	redirectUrl: string(),
	/** False when the API origin still needs the user's permission (a "Grant access" button). */
	hasHostPermission: boolean(),
});

export const MemberStruct = object({userId: integer(), nickname: optional(string())});

export const RatesStruct = object({
	DoesPrivate: optional(boolean()),
	PrivatePPM: optional(number()),
	DoesGroup: optional(boolean()),
	GroupPPM: optional(number()),
});

export const PageViewStruct = object({
	/**
	When the worker began to build this view (ms since the epoch, sub-millisecond): everything
	in it is at least this new. A page keeps the view with the highest revision, whether it
	came in a reply or from `storage.session`, so a late reply never undoes a newer view.
	*/
	revision: number(),
	signedIn: boolean(),
	account: optional(AccountStruct),
	config: ConfigStruct,
	/** The member a group manager acts for; absent: their own offers. */
	actingFor: optional(integer()),
	members: array(MemberStruct),
	offers: array(OfferEntryStruct),
	/** The API answered 404 to the list: offers are added by ID. */
	noOfferList: boolean(),
	fetchedAt: optional(number()),
	refreshing: boolean(),
	/** The offers pause-all made unavailable, to be resumed; empty when not paused. */
	pausedOfferIds: array(OfferId),
	rates: optional(RatesStruct),
	/** Why the last refresh or sign-in failed (offline, API down, refused). */
	error: optional(ErrorInfoStruct),
	/** While signed in: the scopes AdultWork granted to the current token at its sign-in page; absent when not known (a pasted token). */
	grantedScopes: optional(array(string())),
});
export type PageView = Infer<typeof PageViewStruct>;

export const requestStructs = {
	'get-state': object({type: literal('get-state')}),
	/** `force: false` refreshes only when the cache is older than a minute. Replies when done. */
	refresh: object({type: literal('refresh'), force: boolean()}),
	'update-offer': object({type: literal('update-offer'), offerId: OfferId, patch: OfferPatchStruct}),
	'set-availability': object({type: literal('set-availability'), offerId: OfferId, available: boolean()}),
	'retry-change': object({type: literal('retry-change'), offerId: OfferId}),
	'discard-change': object({type: literal('discard-change'), offerId: OfferId}),
	'save-draft': object({type: literal('save-draft'), offerId: OfferId, draft: DraftStruct}),
	'discard-draft': object({type: literal('discard-draft'), offerId: OfferId}),
	'pause-all': object({type: literal('pause-all')}),
	'resume-all': object({type: literal('resume-all')}),
	/** The implicit grant through browser.identity.launchWebAuthFlow. */
	'sign-in': object({type: literal('sign-in')}),
	'sign-in-with-token': object({type: literal('sign-in-with-token'), token: string()}),
	'sign-out': object({type: literal('sign-out')}),
	'set-config': object({
		type: literal('set-config'),
		environment: optional(EnvironmentName),
		customBaseUrl: optional(string()),
		clientId: optional(string()),
		/** The key of the API these settings name; an empty string removes it. */
		apiKey: optional(string()),
		rememberMe: optional(boolean()),
	}),
	'choose-member': object({type: literal('choose-member'), userId: nullable(integer())}),
	/** For an API without the list: the offer's ID and its full fields, sent as an update. */
	'add-offer': object({type: literal('add-offer'), offerId: OfferId, fields: OfferPatchStruct}),
};

export type RequestType = keyof typeof requestStructs;
export type Request<T extends RequestType = RequestType> = Infer<(typeof requestStructs)[T]>;

export const ReplyStruct = union([
	object({ok: literal(true), state: PageViewStruct}),
	object({ok: literal(false), error: ErrorInfoStruct, state: optional(PageViewStruct)}),
]);
export type Reply = Infer<typeof ReplyStruct>;
