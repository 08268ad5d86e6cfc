import {proposeChange, recordRefusedChange} from './change-steps';
import {toErrorInfo} from './errors';
import {sendChange} from './offer-sender';
import {requireBook, requireScope} from './pending-changes';
import {bookOf, intendedOffer} from './scope';
import {readState} from './store';
import type {Book, Durable, Scope} from './stored-state';
import {changeState} from './views';

type Sending = {sending: Promise<void>};

function setAvailability(draft: Durable, book: Book, offerIds: number[], available: boolean): void {
	for (const offerId of offerIds) {
		try {
			proposeChange(book, offerId, {CurrentlyAvailable: available});
		} catch (error) {
			recordRefusedChange(draft, book, offerId, {CurrentlyAvailable: available}, toErrorInfo(error));
		}
	}
}

const sendAll = (scope: Scope, offerIds: number[]): Sending => ({
	sending: Promise.all(offerIds.map(async offerId => sendChange(scope, offerId))).then(() => undefined),
});

/**
The streamer's panic button: every offer that is (or is about to be) available becomes
unavailable in one step, and the worker remembers exactly which ones those were.
*/
export async function pauseAll(): Promise<Sending> {
	const scope = await requireScope();
	const paused = await changeState(draft => {
		const book = requireBook(draft, scope);
		const available = book.offers.filter(offer => intendedOffer(book, offer).CurrentlyAvailable).map(offer => offer.OfferID);
		setAvailability(draft, book, available, false);
		book.pausedOfferIds = [...new Set([...book.pausedOfferIds, ...available])];
		return available;
	});
	return sendAll(scope, paused);
}

/** Makes available again exactly the offers the pause took away; the others stay as they are. */
export async function resumeAll(): Promise<Sending> {
	const scope = await requireScope();
	const resumed = await changeState(draft => {
		const book = requireBook(draft, scope);
		const known = new Set(book.offers.map(offer => offer.OfferID));
		const offerIds = book.pausedOfferIds.filter(offerId => known.has(offerId));
		setAvailability(draft, book, offerIds, true);
		book.pausedOfferIds = [];
		return offerIds;
	});
	return sendAll(scope, resumed);
}

/** The menu item and the keyboard command do both: pause when nothing is paused, resume otherwise. */
export async function togglePause(): Promise<Sending> {
	const state = await readState();
	const scope = await requireScope();
	return (bookOf(state, scope)?.pausedOfferIds.length ?? 0) > 0 ? resumeAll() : pauseAll();
}
