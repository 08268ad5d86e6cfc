import browser from 'webextension-polyfill';
import {publishedViewKey} from '../../messaging/published-view-key';
import {logError} from '../lib/log';
import {hideSecrets} from '../state/secrets';
import {buildPageViewAndSecrets} from './page-view';
import type {StoredState} from '../state/stored-state';
import {latestState} from '../state/write-queue';

/** The revision of the last view handed to storage, which keeps the order of writes. */
let lastRevision = Number.NEGATIVE_INFINITY;

/**
Writes the pages' view to `storage.session`, where open pages hear of it and new ones read
it before they paint (`messaging/published-view.ts`). It is what a reply carries, masked the
same way: of `of`, a state written beside it, or else of the state once the writes asked for
so far have landed. A view built before one already written is dropped, so storage never goes
back to older news. A failed write is logged, not thrown: the change itself is stored, and
every reply still carries the state.
*/
export async function writePageView(of?: StoredState): Promise<void> {
	try {
		const {state, secrets} = await buildPageViewAndSecrets({of: of ?? (await latestState())});
		if (state.revision < lastRevision) {
			return;
		}

		lastRevision = state.revision;
		await browser.storage.session.set({[publishedViewKey]: hideSecrets(state, secrets)});
	} catch (error) {
		logError('publishing the pages’ view', error);
	}
}
