import {demoUsers, generateOffers, type StoredOffer} from './demo-data';

/** The offers the local API keeps in memory, per user. Callers get copies, never the stored objects. */
export type OfferStore = ReturnType<typeof createOfferStore>;

const byOfferNumber = (first: StoredOffer, second: StoredOffer) => first.OfferNumber - second.OfferNumber;

export function createOfferStore() {
	let offers = new Map<number, StoredOffer[]>();

	const store = {
		reset(): void {
			offers = new Map(demoUsers.map(user => [user.UserID, structuredClone([...user.offers])]));
		},

		/** The user's offers sorted by OfferNumber, as the list answers them. */
		list(userId: number): StoredOffer[] {
			return structuredClone(offers.get(userId) ?? []).sort(byOfferNumber);
		},

		find(userId: number, offerId: number): StoredOffer | undefined {
			const found = offers.get(userId)?.find(offer => offer.OfferID === offerId);
			return found && structuredClone(found);
		},

		/** What an update without OfferNumber gets: the highest number plus one (DOC). */
		nextOfferNumber(userId: number): number {
			return Math.max(0, ...(offers.get(userId) ?? []).map(offer => offer.OfferNumber)) + 1;
		},

		replace(userId: number, offer: StoredOffer): void {
			const stored = offers.get(userId) ?? [];
			offers.set(
				userId,
				stored.map(existing => (existing.OfferID === offer.OfferID ? structuredClone(offer) : existing)),
			);
		},

		/** The performer edits the offer on AdultWork's website: the store changes, nothing is recorded. */
		editAsWebsite(userId: number, offerId: number, patch: Partial<Omit<StoredOffer, 'OfferID'>>): StoredOffer | undefined {
			const found = store.find(userId, offerId);
			if (found) {
				store.replace(userId, {...found, ...patch});
			}

			return found && store.find(userId, offerId);
		},

		seed(userId: number, count: number): void {
			offers.set(userId, generateOffers(userId, count));
		},
	};
	store.reset();
	return store;
}
