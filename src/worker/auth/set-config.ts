import {normalizeBaseUrl} from '../../api/environments';
import {buildDefaults} from '../../shared/build-defaults';
import type {Request} from '../../messaging/protocol';
import {apiKeyOf, setApiKey} from '../state/api-keys';
import {WorkerError} from '../lib/errors';
import {apiBaseUrlOf} from '../state/offer-cache';
import {voidSignIns} from './sign-in-generation';
import type {StoredConfig} from '../state/stored-state';
import {forgetToken, moveToken} from '../state/token-store';
import {changeState} from '../display/publish';
import {t} from '../../shared/i18n';

function setClientId(config: StoredConfig, value: string): void {
	const clean = value.trim();
	if (clean) {
		config.clientId = clean;
	} else {
		delete config.clientId;
	}
}

/** The settings after a `set-config` request; a custom API (local build only) needs an https address, or http on this computer. */
export function nextConfig(config: StoredConfig, request: Request<'set-config'>, customApi = buildDefaults.customApi): StoredConfig {
	const next = {...config};
	if (request.environment !== undefined) {
		next.environment = request.environment;
	}

	if (!customApi && (next.environment === 'custom' || request.customBaseUrl !== undefined)) {
		throw new WorkerError('bad-config', t('error_customApiLocalOnly'));
	}

	if (request.customBaseUrl !== undefined) {
		const url = normalizeBaseUrl(request.customBaseUrl);
		if (!url) {
			throw new WorkerError('bad-config', t('error_badApiAddress'));
		}

		next.customBaseUrl = url;
	}

	if (next.environment === 'custom' && !next.customBaseUrl) {
		throw new WorkerError('bad-config', t('error_noApiAddress'));
	}

	if (request.clientId !== undefined) {
		setClientId(next, request.clientId);
	}

	// The key belongs to the API these settings name, the one the form showed beside it.
	if (request.apiKey !== undefined) {
		setApiKey(next, request.apiKey);
	}

	if (request.rememberMe !== undefined) {
		next.rememberMe = request.rememberMe;
	}

	return next;
}

/**
A token and an account belong to one API: another API signs the user out (their changes
stay stored for when they come back) and voids the sign-ins still running. "Remember me"
moves the token between `storage.local` and `storage.session`.
*/
export async function setConfig(request: Request<'set-config'>): Promise<void> {
	const {config, apiChanged} = await changeState(draft => {
		const next = nextConfig(draft.config, request);
		const changedApi = apiBaseUrlOf(next) !== apiBaseUrlOf(draft.config);
		if (changedApi) {
			// Within the write, so a sign-in's own write, which comes after it on the chain, sees it.
			voidSignIns();
			delete draft.account;
			delete draft.actingFor;
			delete draft.error;
		}

		if (changedApi || apiKeyOf(next) !== apiKeyOf(draft.config)) {
			draft.members = [];
		}

		draft.config = next;
		return {config: next, apiChanged: changedApi};
	});
	await (apiChanged ? forgetToken() : moveToken(apiBaseUrlOf(config), config.rememberMe));
}
