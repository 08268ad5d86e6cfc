import browser from 'webextension-polyfill';
import {stateChangedMessage} from '../messaging/protocol';
import {logError} from './log';

/** Chrome and Firefox say so when no page is open to listen: nothing to tell then. */
const nobodyListening = /receiving end does not exist|could not establish connection/i;

/** Tells open pages to ask for the state again. It carries no data, so nothing leaks to whoever listens. */
export async function tellPages(): Promise<void> {
	try {
		await browser.runtime.sendMessage(stateChangedMessage);
	} catch (error) {
		if (!(error instanceof Error && nobodyListening.test(error.message))) {
			logError('telling the pages', error);
		}
	}
}
