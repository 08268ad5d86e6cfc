import type {ErrorInfo} from '../messaging/protocol';

export type FailureText = {
	/** Our words for what went wrong, without AdultWork's (the worker's message may end with them). */
	summary?: string;
	/** AdultWork's own words, when it sent any. */
	said?: string;
};

/** A failure said once: AdultWork's words apart from ours, never both of them twice. */
export function failureText({message, serverMessage}: ErrorInfo): FailureText {
	if (!serverMessage) {
		return {summary: message};
	}

	const suffix = `: ${serverMessage}`;
	const summary = message.endsWith(suffix) ? message.slice(0, -suffix.length) : message;
	return summary === serverMessage ? {said: serverMessage} : {summary, said: serverMessage};
}
