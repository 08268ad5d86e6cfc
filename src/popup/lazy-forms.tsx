import {useEffect, useState} from 'preact/hooks';

type Forms = typeof import('./edit-forms');

let loaded: Forms | undefined;
let loading: Promise<Forms> | undefined;

/** Loads the forms' chunk once: a file of the extension, a few ms on the first Edit. */
export async function loadForms(): Promise<Forms> {
	loading ??= import('./edit-forms').then(forms => {
		loaded = forms;
		return forms;
	});
	return loading;
}

/** The forms once `wanted` (a form is open) and their chunk is in; undefined until then. */
export function useForms(wanted: boolean): Forms | undefined {
	const [forms, setForms] = useState(loaded);
	useEffect(() => {
		if (wanted && !forms) {
			void loadForms().then(setForms);
		}
	}, [wanted, forms]);
	return forms;
}
