import {notSignedIn} from '../lib/errors';
import {currentScope} from './offer-cache';
import type {Scope} from './stored-state';
import {readState} from './write-queue';

/** The offers being shown; changes need someone to belong to, even while signed out (they are sent after the next sign-in). */
export async function requireScope(): Promise<Scope> {
	const scope = currentScope(await readState());
	if (!scope) {
		throw notSignedIn();
	}

	return scope;
}
