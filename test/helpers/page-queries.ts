import {queryAllByRole} from '@testing-library/preact';

const interactiveRoles = ['button', 'link', 'checkbox', 'switch', 'radio', 'textbox', 'spinbutton', 'combobox', 'listbox', 'option'];

/** Every control a user can reach that has no accessible name, as HTML for the failure message. */
export function unnamedControls(container: HTMLElement): string[] {
	return interactiveRoles.flatMap(role => queryAllByRole(container, role, {name: ''}).map(element => element.outerHTML));
}

/** The text a screen reader reads after a control's name: its aria-describedby targets. */
export function descriptionOf(element: Element): string {
	const ids = element.getAttribute('aria-describedby')?.split(/\s+/).filter(Boolean) ?? [];
	return ids
		.map(id => element.ownerDocument.getElementById(id)?.textContent?.trim() ?? '')
		.filter(Boolean)
		.join(' ');
}
