import type {DriverPage, PageElement} from '../driver/driver';

/** The popup's parts the scenarios use, found as a user finds them: by role and name. */

/** One offer of the popup's list, named by its title. */
export const popupOffer = (popup: DriverPage, title: string) => popup.find({role: 'listitem', name: title});

export const availabilitySwitch = (popup: DriverPage, title: string) => popup.find({role: 'switch', name: `Available: ${title}`});

/** The edit form the popup opens in place of an offer. */
export const editForm = (popup: DriverPage, title: string) => popup.find({role: 'form', name: `Edit “${title}”`});

/** Opens an offer's edit form with its Edit button. */
export async function openEditForm(popup: DriverPage, title: string): Promise<PageElement> {
	await popupOffer(popup, title)
		.find({role: 'button', name: `Edit ${title}`})
		.click();
	const form = editForm(popup, title);
	await form.waitFor();
	return form;
}

/** Every availability switch of the popup, by its offer's title: on or off. One query, as each costs a trip through Firefox's accessibility tree. */
export async function switchStates(popup: DriverPage): Promise<Record<string, boolean>> {
	const states: Record<string, boolean> = {};
	for (const toggle of await popup.findAll({role: 'switch'})) {
		states[(await toggle.attribute('aria-label'))?.replace(/^Available: /, '') ?? ''] = await toggle.isChecked();
	}

	return states;
}

/**
Waits until no offer shows a change on its way ("Saving…" at first, Retry once it has waited or
failed). Call it once the requests are known to have arrived: before the worker stores a change,
nothing shows yet.
*/
export async function nothingPending(popup: DriverPage): Promise<void> {
	await popup.find({text: 'Saving…'}).waitForGone();
	await popup.find({role: 'button', name: 'Retry'}).waitForGone();
}
