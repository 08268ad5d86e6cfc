import type {Offer} from '../../src/model/offer';
import type {Change, Draft, OfferEntry, PageView} from '../../src/messaging/protocol';

export function makeOffer(overrides: Partial<Offer> = {}): Offer {
	return {
		OfferID: 101,
		OfferNumber: 1,
		Title: 'Slow dance',
		Duration: 10,
		TotalCredits: 18,
		ModeID: 3,
		CurrentlyAvailable: true,
		AllowRateContinue: false,
		Incomplete: false,
		CanPurchase: true,
		...overrides,
	};
}

export function makeEntry(overrides: Partial<Offer> = {}, extra: Omit<OfferEntry, 'offer'> = {}): OfferEntry {
	return {offer: makeOffer(overrides), ...extra};
}

/** A signed-in performer with two offers, fetched a minute ago. */
export function makePageView(overrides: Partial<PageView> = {}): PageView {
	return {
		revision: 1,
		signedIn: true,
		account: {userId: 4242, email: 'ruby@example.com', isGroupManager: false, tokenExpiresAt: Date.UTC(2031, 0, 1, 14, 5)},
		config: {
			environment: 'production',
			apiBaseUrl: 'https://api.adultwork.com',
			clientId: 'client-123',
			hasApiKey: false,
			rememberMe: true,
			redirectUrl: 'https://fake-extension-id.chromiumapp.org/',
			hasHostPermission: true,
		},
		members: [],
		offers: [
			makeEntry(),
			makeEntry({OfferID: 102, OfferNumber: 2, Title: 'Group tease', Duration: 30, TotalCredits: 20, ModeID: 2, CurrentlyAvailable: false}),
		],
		noOfferList: false,
		fetchedAt: Date.UTC(2031, 0, 1, 13, 50),
		refreshing: false,
		pausedOfferIds: [],
		rates: {DoesPrivate: true, PrivatePPM: 2.5, DoesGroup: true, GroupPPM: 0.8},
		...overrides,
	};
}

/** A long list: offers numbered 1 to count, titled "Offer 1" and on. */
export const manyOffers = (count: number): OfferEntry[] =>
	Array.from({length: count}, (_, index) => makeEntry({OfferID: 1000 + index, OfferNumber: index + 1, Title: `Offer ${index + 1}`}));

export const signedOutView = (): PageView => makePageView({signedIn: false, account: undefined, offers: [], fetchedAt: undefined});

/** An offer's unconfirmed change as the worker shows it: due, with the patch given. */
export const makeChange = (overrides: Partial<Change> = {}): Change => ({status: 'due', patch: {}, refused: {}, held: {}, canDiscard: true, ...overrides});

/** An open form's draft: the fields touched, and what they showed when it opened. */
export const makeDraft = (touched: Draft['touched'], openedOn: Draft['openedOn'] = {}): Draft => ({touched, openedOn});
