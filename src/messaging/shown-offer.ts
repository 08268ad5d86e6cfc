import type {Offer} from '../model/offer';
import {applyPatch} from '../model/offer-patch';
import type {OfferEntry} from './protocol';

/**
An offer as the pages show it: AdultWork's copy with the values the user set that are not
confirmed yet (refused ones aside). The worker's menus and badge say the same from the outbox.
*/
export const shownOffer = ({offer, change}: Pick<OfferEntry, 'offer' | 'change'>): Offer => applyPatch(offer, change?.patch ?? {});
