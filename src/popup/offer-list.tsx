import {useLayoutEffect, useRef, useState} from 'preact/hooks';
import type {OfferEntry, PageView} from '../messaging/protocol';
import type {Send} from '../pages/use-worker-state';
import {useForms} from './lazy-forms';
import {editButtonId, OfferItem} from './offer-item';

type Props = {
	state: PageView;
	send: Send;
	/** The offers to show, when a search keeps only some of them. */
	entries?: readonly OfferEntry[];
	/** Signed out: the offers are shown as they stand, and no form opens. */
	disabled?: boolean;
};

/**
The offers, one of them perhaps open for editing in place. An offer with a draft opens
straight away: the popup closed in the middle of that edit.
*/
export function OfferList({state, send, entries = state.offers, disabled = false}: Props) {
	const [chosen, setEditing] = useState(() => state.offers.find(entry => entry.draft)?.offer.OfferID);
	// Signed out, an open form closes; its draft stays for the next sign-in.
	const editing = disabled ? undefined : chosen;
	const closedForm = useRef<number>();
	const forms = useForms(editing !== undefined);

	useLayoutEffect(() => {
		if (editing === undefined && closedForm.current !== undefined) {
			document.getElementById(editButtonId(closedForm.current))?.focus();
			closedForm.current = undefined;
		}
	}, [editing]);

	function close() {
		closedForm.current = editing;
		setEditing(undefined);
	}

	return (
		<ul class="offers">
			{entries.map(entry =>
				entry.offer.OfferID === editing ? (
					<li key={entry.offer.OfferID} class="offer offer-editing">
						{forms && <forms.OfferForm entry={entry} revision={state.revision} rates={state.rates} send={send} onClose={close} />}
					</li>
				) : (
					<OfferItem
						key={entry.offer.OfferID}
						entry={entry}
						rates={state.rates}
						send={send}
						disabled={disabled}
						onEdit={() => setEditing(entry.offer.OfferID)}
					/>
				),
			)}
		</ul>
	);
}
