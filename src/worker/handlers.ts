import type {Request, RequestType} from '../messaging/protocol';
import {addOffer} from './offers/add-offer';
import {inBackground} from './lib/background-tasks';
import {setConfig} from './auth/set-config';
import {chooseMember} from './offers/members';
import {refreshCurrentOffers} from './offers/refresh';
import {pauseAll, resumeAll} from './sending/pause-all';
import {changeOffer, discardChange, discardDraft, retryChange, saveDraft} from './sending/requests';
import {catchUpAfterSignIn, sendDueChanges} from './sending/send-due';
import {signIn, signInWithToken, signOut} from './auth/sign-in';

type Handlers = {[T in RequestType]: (request: Request<T>) => Promise<unknown>};

/** Changes are stored before the reply; sending goes on after it, and the pages hear of the result. */
const sendLater = async (started: Promise<{sending: Promise<void>}>) => {
	const {sending} = await started;
	void inBackground(sending, 'sending a change');
};

/** The reply to a sign-in shows the offers; changes kept while signed out go out after it. */
const afterSignIn = async () => sendLater(catchUpAfterSignIn());

/** What each request does; the router answers with the state afterwards, or with the error. */
export const handlers: Handlers = {
	'get-state': async () => undefined,
	async refresh({force}) {
		await refreshCurrentOffers(force);
		void inBackground(sendDueChanges(), 'sending due changes');
	},
	'update-offer': async ({offerId, patch}) => sendLater(changeOffer(offerId, patch, {fromForm: true})),
	'set-availability': async ({offerId, available}) => sendLater(changeOffer(offerId, {CurrentlyAvailable: available})),
	'retry-change': async ({offerId}) => sendLater(retryChange(offerId)),
	'discard-change': async ({offerId}) => discardChange(offerId),
	'save-draft': async ({offerId, draft}) => saveDraft(offerId, draft),
	'discard-draft': async ({offerId}) => discardDraft(offerId),
	'pause-all': async () => sendLater(pauseAll()),
	'resume-all': async () => sendLater(resumeAll()),
	async 'sign-in'() {
		await signIn();
		await afterSignIn();
	},
	async 'sign-in-with-token'({token}) {
		await signInWithToken(token);
		await afterSignIn();
	},
	'sign-out': async () => signOut(),
	'set-config': async request => setConfig(request),
	'choose-member': async ({userId}) => chooseMember(userId),
	'add-offer': async ({offerId, fields}) => addOffer(offerId, fields),
};
