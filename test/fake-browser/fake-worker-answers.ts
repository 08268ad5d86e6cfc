import {buildUpdateRequest} from '../../src/model/offer-patch';
import {validateOfferUpdate} from '../../src/model/offer-update';
import {formatViolation} from '../../src/model/rule-violation';
import type {OfferEntry, Reply, Request, PageView} from '../../src/messaging/protocol';

const ok = (state: PageView): Reply => ({ok: true, state});

function withEntry(state: PageView, offerId: number, change: (entry: OfferEntry) => void): Reply {
	const next = structuredClone(state);
	const entry = next.offers.find(({offer}) => offer.OfferID === offerId);
	if (!entry) {
		return {ok: false, error: {code: 'unknown-offer', message: 'No such offer'}, state};
	}

	change(entry);
	return ok(next);
}

/** The worker's answers, simplified: changes apply at once, as if the API had said yes. */
export function answerLikeTheWorker(request: Request, state: PageView): Reply {
	const next = structuredClone(state);
	switch (request.type) {
		case 'update-offer':
		case 'add-offer': {
			const offerId = request.offerId;
			const patch = request.type === 'update-offer' ? request.patch : request.fields;
			const known = next.offers.find(({offer}) => offer.OfferID === offerId);
			const base = known?.offer ?? {OfferID: offerId, Title: '', Duration: 0, TotalCredits: 0, ModeID: 2, CurrentlyAvailable: false};
			const check = validateOfferUpdate(buildUpdateRequest(base, patch));
			if (!check.ok) {
				const violations = check.violations.map(violation => ({...violation, message: formatViolation(violation)}));
				return {ok: false, error: {code: 'invalid-offer', message: 'The offer breaks a rule', violations}, state};
			}

			const offer = {...base, ...check.value};
			if (known) {
				known.offer = offer;
				delete known.draft;
			} else {
				next.offers.push({offer});
			}

			return ok(next);
		}

		case 'set-availability': {
			return withEntry(state, request.offerId, entry => {
				entry.offer.CurrentlyAvailable = request.available;
			});
		}

		case 'save-draft': {
			return withEntry(state, request.offerId, entry => {
				entry.draft = request.draft;
			});
		}

		case 'discard-draft': {
			return withEntry(state, request.offerId, entry => {
				delete entry.draft;
			});
		}

		case 'discard-change': {
			return withEntry(state, request.offerId, entry => {
				delete entry.change;
			});
		}

		case 'pause-all': {
			const available = next.offers.filter(({offer}) => offer.CurrentlyAvailable);
			for (const entry of available) {
				entry.offer.CurrentlyAvailable = false;
			}

			next.pausedOfferIds = available.map(({offer}) => offer.OfferID);
			return ok(next);
		}

		case 'resume-all': {
			for (const entry of next.offers) {
				entry.offer.CurrentlyAvailable ||= next.pausedOfferIds.includes(entry.offer.OfferID);
			}

			next.pausedOfferIds = [];
			return ok(next);
		}

		case 'choose-member': {
			next.actingFor = request.userId ?? undefined;
			return ok(next);
		}

		case 'sign-out': {
			next.signedIn = false;
			delete next.account;
			next.offers = [];
			return ok(next);
		}

		case 'set-config': {
			const {type: _type, apiKey, ...config} = request;
			next.config = {...next.config, ...config, hasApiKey: apiKey === undefined ? next.config.hasApiKey : apiKey !== ''};
			return ok(next);
		}

		default: {
			return ok(next);
		}
	}
}
