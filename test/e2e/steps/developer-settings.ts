import type {DriverPage} from '../driver/driver';

/**
Opens the options page's "Developer settings", where the environment, the API base URL, the
client ID and the access token are folded away below what a performer needs; a closed
`<details>` hides its fields from clicks and typing.
*/
export async function openDeveloperSettings(options: DriverPage): Promise<void> {
	const field = options.find({label: 'Access token'});
	if (!(await field.isVisible())) {
		await options.find({text: 'Developer settings'}).click();
	}

	await field.waitFor();
}
