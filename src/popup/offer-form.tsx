import {useState} from 'preact/hooks';
import type {OfferEntry, State} from '../messaging/protocol';
import {changedFields} from '../model/offer-patch';
import {ErrorText} from '../pages/error-text';
import {t} from '../pages/i18n';
import {useAction} from '../pages/use-action';
import {useFocusFirstField} from '../pages/use-focus-first-field';
import type {Send} from '../pages/use-worker-state';
import {
	findFormViolations, type FormField, patchFromValues, valuesFromDraft, valuesFromOffer, type Violations, violationsByField,
} from './form-values';
import {OfferFields} from './offer-fields';

type Props = {
	entry: OfferEntry;
	rates: State['rates'];
	send: Send;
	onClose: () => void;
};

/**
Edits one offer. Every keystroke is stored as the offer's draft in the worker, so the edit
survives the popup closing; Save or Cancel ends the draft.
*/
export function OfferForm({entry, rates, send, onClose}: Props) {
	const {offer} = entry;
	const offerId = offer.OfferID;
	const [values, setValues] = useState(() => entry.draft ? valuesFromDraft(entry.draft, offer) : valuesFromOffer(offer));
	const [serverViolations, setServerViolations] = useState<Violations>({});
	const save = useAction(send);
	const form = useFocusFirstField<HTMLFormElement>();
	const ownViolations = findFormViolations(values, offer);
	const isValid = Object.keys(ownViolations).length === 0;
	const headingId = `edit-${offerId}-heading`;

	function change(field: FormField, value: string | boolean) {
		const next = {...values, [field]: value};
		setValues(next);
		setServerViolations(({[field]: _answered, ...others}) => others);
		void send({type: 'save-draft', offerId, draft: next});
	}

	async function submit(event: Event) {
		event.preventDefault();
		if (!isValid || save.busy) {
			return;
		}

		const patch = changedFields(offer, patchFromValues(values, offer));
		if (Object.keys(patch).length > 0) {
			const reply = await save.run({type: 'update-offer', offerId, patch});
			if (!reply.ok) {
				setServerViolations(violationsByField(reply.error.violations ?? []));
				return;
			}

			if (!reply.state.offers.some(saved => saved.offer.OfferID === offerId && saved.draft)) {
				onClose();
				return;
			}
		}

		await send({type: 'discard-draft', offerId});
		onClose();
	}

	function cancel() {
		void send({type: 'discard-draft', offerId});
		onClose();
	}

	return (
		<form ref={form} class="offer-form" aria-labelledby={headingId} noValidate onSubmit={submit}>
			<h2 id={headingId} class="form-heading">{t('popup_editHeading', offer.Title)}</h2>
			<OfferFields
				idPrefix={`offer-${offerId}`}
				values={values}
				violations={{...serverViolations, ...ownViolations}}
				isShown={() => true}
				rates={rates}
				onChange={change}
			/>
			<ErrorText error={save.error}/>
			<div class="actions">
				<button type="submit" class="primary" disabled={!isValid} aria-busy={save.busy}>{t('common_save')}</button>
				<button type="button" onClick={cancel}>{t('common_cancel')}</button>
			</div>
		</form>
	);
}
