import {useEffect, useState} from 'preact/hooks';
import type {Draft, OfferEntry, PageView} from '../messaging/protocol';
import {shownOffer} from '../messaging/shown-offer';
import {ErrorText} from '../pages/error-text';
import {t} from '../shared/i18n';
import {useAction} from '../pages/use-action';
import {useFocusFirstField} from '../pages/use-focus-first-field';
import type {Send} from '../pages/use-worker-state';
import {
	fieldText,
	findFormViolations,
	type FormField,
	touchedPatch,
	valuesFromOffer,
	valuesWithTouched,
	type Violations,
	violationsByField,
} from './form-values';
import {OfferFields} from './offer-fields';

type Props = {
	entry: OfferEntry;
	/** The revision of the view the entry comes from: a reply may be newer than the view shown. */
	revision: number;
	rates: PageView['rates'];
	send: Send;
	onClose: () => void;
};

/** AdultWork's words for the fields it refused, beside those fields. */
function refusalsOf(entry: OfferEntry, fields?: readonly string[]): Violations {
	const refused = Object.entries(entry.change?.refused ?? {}).filter(([field]) => !fields || fields.includes(field));
	return violationsByField(refused.map(([field, {message}]) => ({field, rule: 'refused', args: [], message})));
}

/** A refused value is shown in its field again, as if just typed, so the user can mend it. */
function initialDraft(entry: OfferEntry): Draft {
	if (entry.draft) {
		return entry.draft;
	}

	const opened = valuesFromOffer(entry.offer) as Record<string, string | boolean>;
	const refused = Object.entries(entry.change?.refused ?? {});
	return {
		touched: Object.fromEntries(refused.map(([field, {value}]) => [field, fieldText(field, value)])),
		openedOn: Object.fromEntries(refused.map(([field]) => [field, opened[field]!])),
	};
}

/**
Edits one offer. Only the fields the user touches are kept (as the offer's draft in the worker,
so the edit survives the popup closing) and sent on Save; the others follow the offer as it
changes meanwhile, from the menu, a pause or AdultWork's site. After Save the form waits for
AdultWork's answer: a refusal keeps it open with AdultWork's words at the refused field.
*/
export function OfferForm({entry, revision, rates, send, onClose}: Props) {
	const {offer} = entry;
	const offerId = offer.OfferID;
	const shown = shownOffer(entry);
	const [draft, setDraft] = useState(() => initialDraft(entry));
	const [opened] = useState(() => valuesFromOffer(shown));
	const [serverViolations, setServerViolations] = useState<Violations>(() => refusalsOf(entry));
	const [awaiting, setAwaiting] = useState<{fields: readonly string[]; entry: OfferEntry; revision: number}>();
	const save = useAction(send);
	const form = useFocusFirstField<HTMLFormElement>();
	const values = valuesWithTouched(shown, draft.touched);
	const ownViolations = findFormViolations(values, shown);
	const isValid = Object.keys(ownViolations).length === 0;
	const headingId = `edit-${offerId}-heading`;

	// After Save: closed once AdultWork has the saved fields (or they wait to be tried again, shown on the offer); open with its words if it refused them.
	useEffect(() => {
		if (!awaiting) {
			return;
		}

		// The newer of the Save's reply and the view shown.
		const latest = revision >= awaiting.revision ? entry : awaiting.entry;
		const refusals = refusalsOf(latest, awaiting.fields);
		const onItsWay = ['due', 'sending'].includes(latest.change?.status ?? '') && awaiting.fields.some(field => field in (latest.change?.patch ?? {}));
		if (Object.keys(refusals).length > 0) {
			setAwaiting(undefined);
			setServerViolations(refusals);
		} else if (!onItsWay) {
			onClose();
		}
	}, [entry, revision, awaiting]);

	function change(field: FormField, value: string | boolean) {
		const next: Draft = {
			touched: {...draft.touched, [field]: value},
			openedOn: {[field]: opened[field], ...draft.openedOn},
		};
		setDraft(next);
		setServerViolations(({[field]: _answered, ...others}) => others);
		void send({type: 'save-draft', offerId, draft: next});
	}

	async function submit(event: Event) {
		event.preventDefault();
		if (!isValid || save.busy || awaiting) {
			return;
		}

		const patch = touchedPatch(values, draft, shown);
		if (Object.keys(patch).length === 0) {
			await send({type: 'discard-draft', offerId});
			onClose();
			return;
		}

		const reply = await save.run({type: 'update-offer', offerId, patch});
		if (!reply.ok) {
			setServerViolations(violationsByField(reply.error.violations ?? []));
			return;
		}

		const saved = reply.state.offers.find(known => known.offer.OfferID === offerId) ?? entry;
		setAwaiting({fields: Object.keys(patch), entry: saved, revision: reply.state.revision});
	}

	// Escape closes the form as closing the popup does: the draft stays for next time.
	function closeOnEscape(event: KeyboardEvent) {
		if (event.key === 'Escape') {
			event.preventDefault();
			onClose();
		}
	}

	function cancel() {
		void send({type: 'discard-draft', offerId});
		onClose();
	}

	return (
		<form ref={form} class="offer-form" aria-labelledby={headingId} noValidate onSubmit={submit} onKeyDown={closeOnEscape}>
			<h2 id={headingId} class="form-heading">
				{t('popup_editHeading', offer.Title)}
			</h2>
			<OfferFields
				idPrefix={`offer-${offerId}`}
				values={values}
				violations={{...serverViolations, ...ownViolations}}
				isShown={() => true}
				rates={rates}
				onChange={change}
			/>
			<ErrorText error={save.error} />
			<div class="actions">
				<button type="submit" class="primary" disabled={!isValid} aria-busy={save.busy || awaiting !== undefined}>
					{t('common_save')}
				</button>
				<button type="button" onClick={cancel}>
					{t('common_cancel')}
				</button>
			</div>
		</form>
	);
}
