/**
Callbacks that both drivers run on an element of an extension page. They are sent to the
browser as source text, so each uses only its argument and the page's own globals.
*/

/** What a screen reader says about a field beside its name: the texts its aria-describedby names, its error first. */
export function describedByText(element: Element): string {
	return (element.getAttribute('aria-describedby') ?? '')
		.split(' ')
		.map(id => document.getElementById(id)?.textContent ?? '')
		.filter(Boolean)
		.join(' | ');
}
