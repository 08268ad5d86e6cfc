import {parseServerMessage} from '../../api/server-message';
import {WorkerError} from '../lib/errors';
import {t} from '../../shared/i18n';

type FlowDetails = {url: string; clientId: string; redirectUrl: string};

/** The browser closes the sign-in window or the user does: Chrome and Firefox say it in these words. */
const cancelledByUser = /did not approve|cancel|closed|denied/i;

/**
`launchWebAuthFlow` only says that the sign-in page failed, not why. Asking that page once
more, without cookies and without following the redirect, gets AdultWork's own words
(such as "Unknown client_id"). No token can come back: there is no consent without cookies.
*/
export async function explainSignInFailure(error: unknown, flow: FlowDetails): Promise<WorkerError> {
	const said = error instanceof Error ? error.message : String(error);
	if (cancelledByUser.test(said)) {
		return new WorkerError('sign-in-cancelled', t('error_signInCancelled'));
	}

	const problem = await askSignInPage(flow.url);
	const details = problem ? {serverMessage: problem} : {};
	if (problem && /client/i.test(problem)) {
		return new WorkerError('bad-client-id', t('error_clientIdRefused', flow.clientId), details);
	}

	if (problem && /redirect/i.test(problem)) {
		return new WorkerError('sign-in-failed', t('error_redirectRefused', flow.redirectUrl), details);
	}

	return new WorkerError('sign-in-failed', t('error_signInPageFailed', problem ?? said, flow.clientId, flow.redirectUrl), details);
}

/** A sign-in page says what is wrong anywhere on it, not only in its heading: the line that names the culprit wins. */
function pageProblem(body: string, contentType: string | null): string | undefined {
	const general = parseServerMessage(body, contentType).message;
	if (!contentType?.includes('html')) {
		return general;
	}

	const lines = body
		.replaceAll(/<(script|style)[\s\S]*?<\/\1>/gi, '')
		.replaceAll(/<[^>]*>/g, '\n')
		.replaceAll(/&#(\d+);/g, (_entity, code: string) => String.fromCodePoint(Number(code)))
		.replaceAll('&amp;', '&')
		.split('\n')
		.map(line => line.trim())
		.filter(Boolean);
	return lines.find(line => /client|redirect/i.test(line)) ?? general;
}

/** What the sign-in page itself says is wrong, when it refuses the request. */
async function askSignInPage(url: string): Promise<string | undefined> {
	try {
		const response = await fetch(url, {redirect: 'manual', credentials: 'omit', cache: 'no-store'});
		return response.status < 400 ? undefined : pageProblem(await response.text(), response.headers.get('Content-Type'));
	} catch {
		// Unreachable, or another origin without permission: the browser's words will have to do.
		return undefined;
	}
}
