import {failure, json, type Answer} from './answers';
import {queryParameter, type Route, type RouteContext, type RouteTable} from './context';
import {demoUser, type DemoSettings, type StoredOffer} from './demo-data';
import {actingFor, authenticate, bookingsScope} from './guards';
import {validateUpdate} from './validate-offer';

/** The DirectCam operations, each in its own form and its group manager's form (`/v1/Groups/...` with `UserID`). */
type Form = 'own' | 'group';

const settingsOf = (userId: number): DemoSettings => demoUser(userId)!.settings;

const canPurchase = (offer: StoredOffer, settings: DemoSettings) =>
	offer.CurrentlyAvailable && (offer.ModeID === 3 ? settings.DoesPrivate : settings.DoesGroup);

/** The update's answer (DOC): no CurrentlyAvailable, and TotalPrice where the request says TotalCredits. */
export function offerResponse(offer: StoredOffer, settings: DemoSettings) {
	return {
		OfferID: offer.OfferID,
		OfferNumber: offer.OfferNumber,
		Title: offer.Title,
		Duration: offer.Duration,
		ModeID: offer.ModeID,
		...settings,
		TotalPrice: offer.TotalCredits,
		AllowRateContinue: offer.AllowRateContinue,
		Incomplete: offer.Incomplete,
		CanPurchase: canPurchase(offer, settings),
	};
}

/** The user whose offers a request is about, or the answer that refuses it. */
function targetUser(context: RouteContext, form: Form, groupUserId: () => unknown): {userId: number} | {answer: Answer} {
	const identity = authenticate(context, bookingsScope);
	if (!identity.ok) {
		return {answer: identity.answer};
	}

	if (form === 'own') {
		return {userId: identity.value.userId};
	}

	const member = actingFor(identity.value, groupUserId());
	return member.ok ? {userId: member.value} : {answer: member.answer};
}

const fromQuery = (context: RouteContext) => () => queryParameter(context.url, 'UserID');
const fromBody = (context: RouteContext) => () => (context.body as Record<string, unknown> | undefined)?.UserID;

const listOffers =
	(form: Form): Route =>
	context => {
		const {switches} = context.state;
		if (switches.noListEndpoint) {
			return failure(404, 'No HTTP resource was found that matches the request URI.');
		}

		const target = targetUser(context, form, fromQuery(context));
		if ('answer' in target) {
			return target.answer;
		}

		const settings = settingsOf(target.userId);
		const offers = context.state.offers.list(target.userId).map(offer => {
			const listed = {...offerResponse(offer, settings), CurrentlyAvailable: offer.CurrentlyAvailable, TotalCredits: offer.TotalCredits};
			if (switches.omitCurrentlyAvailable) {
				const {CurrentlyAvailable: _, ...withoutAvailability} = listed;
				return withoutAvailability;
			}

			return listed;
		});
		return json(switches.wrappedList ? {SpecialOffers: offers} : offers);
	};

const updateOffer =
	(form: Form): Route =>
	context => {
		const target = targetUser(context, form, fromBody(context));
		if ('answer' in target) {
			return target.answer;
		}

		const mediaType = context.headers['content-type'] ?? '';
		if (!/^application\/json\s*(;|$)/i.test(mediaType)) {
			return failure(415, `The request entity's media type '${mediaType.split(';')[0]!.trim()}' is not supported for this resource.`);
		}

		const validated = validateUpdate(context.body);
		if ('modelState' in validated) {
			return failure(400, 'The request is invalid.', {modelState: validated.modelState});
		}

		const {request} = validated;
		const {offers} = context.state;
		const stored = offers.find(target.userId, request.OfferID);
		if (!stored) {
			return failure(404, 'Special offer not found.');
		}

		const updated: StoredOffer = {
			...stored,
			OfferNumber: request.OfferNumber ?? offers.nextOfferNumber(target.userId),
			Title: request.Title,
			Duration: request.Duration,
			TotalCredits: request.TotalCredits,
			ModeID: request.ModeID,
			CurrentlyAvailable: request.CurrentlyAvailable,
			// PUT replaces the whole offer: a left-out optional flag takes its default.
			AllowRateContinue: request.AllowRateContinue ?? false,
		};
		offers.replace(target.userId, updated);
		return json(offerResponse(updated, settingsOf(target.userId)));
	};

const getSettings =
	(form: Form): Route =>
	context => {
		const target = targetUser(context, form, fromQuery(context));
		if ('answer' in target) {
			return target.answer;
		}

		// The real answer carries many more settings; two stand for them, so clients learn to ignore extras.
		return json({...settingsOf(target.userId), MinimumPrivateDuration: 1, AllowsDirectCam: true});
	};

export const offerRoutes: RouteTable = {
	'/v1/directcam/getdirectcamspecialoffers': {GET: listOffers('own')},
	'/v1/groups/directcam/getdirectcamspecialoffers': {GET: listOffers('group')},
	'/v1/directcam/updatedirectcamspecialoffer': {PUT: updateOffer('own')},
	'/v1/groups/directcam/updatedirectcamspecialoffer': {PUT: updateOffer('group')},
	'/v1/directcam/getsettings': {GET: getSettings('own')},
	'/v1/groups/directcam/getsettings': {GET: getSettings('group')},
};
