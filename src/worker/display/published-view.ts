import browser from 'webextension-polyfill';
import {publishedViewKey} from '../../messaging/published-view-key';
import {logError} from '../lib/log';
import {hideSecrets} from '../state/secrets';
import {buildPageViewAndSecrets} from './page-view';

/**
Writes the pages' view to `storage.session`, where open pages hear of it and new ones read
it before they paint (`messaging/published-view.ts`). It is what a reply carries, masked the
same way. A failed write is logged, not thrown: the change itself is stored, and every reply
still carries the state.
*/
export async function writePageView(): Promise<void> {
	try {
		const {state, secrets} = await buildPageViewAndSecrets();
		await browser.storage.session.set({[publishedViewKey]: hideSecrets(state, secrets)});
	} catch (error) {
		logError('publishing the pages’ view', error);
	}
}
