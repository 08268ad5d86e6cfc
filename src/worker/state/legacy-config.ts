import {enums, is, optional, string, type} from 'superstruct';
import {resolveEnvironment} from '../../api/environments';

const LegacyConfigStruct = type({environment: enums(['production', 'sandbox', 'custom']), customBaseUrl: optional(string()), apiKey: string()});

/**
Settings as version 0.1 stored them held one `apiKey`, sent to whichever API was chosen. On
load it becomes the key of the API the settings name, the one it was set on as far as anyone
can tell; the next change of the settings stores them in today's form.
*/
export function migrateConfig(value: unknown): unknown {
	if (!is(value, LegacyConfigStruct)) {
		return value;
	}

	const {apiKey, ...config} = value;
	try {
		return {...config, apiKeys: {[resolveEnvironment(config).apiBaseUrl]: apiKey}};
	} catch {
		// Settings that name no API are refused whole, as they would be without a key.
		return value;
	}
}
