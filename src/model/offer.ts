import {boolean, type Infer, integer, nullable, number, object, optional, string, type Struct, type} from 'superstruct';

/** ASP.NET writes `null` for empty fields, and a newer API may leave them out. */
export const maybe = <T, S>(struct: Struct<T, S>) => optional(nullable(struct));

/**
An offer as the API answers it. `type()` rather than `object()`: answers may carry fields
we do not know yet. The update answer has `TotalPrice` and no `CurrentlyAvailable`; the
(inferred) list may also carry `TotalCredits` and `CurrentlyAvailable`.
*/
export const OfferResponseStruct = type({
	OfferID: integer(),
	OfferNumber: maybe(integer()),
	Title: string(),
	Duration: number(),
	ModeID: integer(),
	TotalPrice: maybe(number()),
	TotalCredits: maybe(number()),
	CurrentlyAvailable: maybe(boolean()),
	CanPurchase: maybe(boolean()),
	AllowRateContinue: maybe(boolean()),
	Incomplete: maybe(boolean()),
	DoesPrivate: maybe(boolean()),
	PrivatePPM: maybe(number()),
	DoesGroup: maybe(boolean()),
	GroupPPM: maybe(number()),
});

export type OfferResponse = Infer<typeof OfferResponseStruct>;

/** The offer as the extension keeps it: the update request's names, plus what only answers tell. */
export const OfferStruct = object({
	OfferID: integer(),
	OfferNumber: optional(integer()),
	Title: string(),
	Duration: number(),
	TotalCredits: number(),
	ModeID: integer(),
	CurrentlyAvailable: boolean(),
	AllowRateContinue: optional(boolean()),
	Incomplete: optional(boolean()),
	CanPurchase: optional(boolean()),
	DoesPrivate: optional(boolean()),
	PrivatePPM: optional(number()),
	DoesGroup: optional(boolean()),
	GroupPPM: optional(number()),
});

export type Offer = Infer<typeof OfferStruct>;
