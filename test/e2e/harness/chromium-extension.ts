import {badgeText as readBadge} from '../driver/in-extension';
import type {ChromiumSession} from './chromium';

/** The toolbar badge of the extension in Chromium, read in its worker: for the Chromium driver and the bench. */
export async function badgeText(session: ChromiumSession): Promise<string> {
	return (await session.worker()).evaluate(readBadge);
}
