import {useState} from 'preact/hooks';
import type {PageView} from '../messaging/protocol';
import type {Offer} from '../model/offer';
import type {OfferField} from '../model/offer-rules';
import {ErrorText} from '../pages/error-text';
import {t} from '../shared/i18n';
import {ruleMessage} from '../pages/rule-message';
import {TextField} from '../pages/text-field';
import {useAction} from '../pages/use-action';
import {useFocusFirstField} from '../pages/use-focus-first-field';
import type {Send} from '../pages/use-worker-state';
import {blankValues, findFormViolations, type FormField, parseDecimal, patchFromValues, type Violations, violationsByField} from './form-values';
import {OfferFields} from './offer-fields';

type Props = {
	rates: PageView['rates'];
	send: Send;
	onClose: () => void;
};

const blankOffer = (offerId: number): Offer => ({
	OfferID: offerId,
	Title: '',
	Duration: Number.NaN,
	TotalCredits: Number.NaN,
	ModeID: Number.NaN,
	CurrentlyAvailable: true,
});

/** For an API without the offer list: the user names an offer by its ID and states its fields. */
export function AddOfferForm({rates, send, onClose}: Props) {
	const [offerIdText, setOfferIdText] = useState('');
	const [values, setValues] = useState(blankValues);
	const [touched, setTouched] = useState<ReadonlySet<OfferField>>(new Set());
	const [serverViolations, setServerViolations] = useState<Violations>({});
	const add = useAction(send);
	const form = useFocusFirstField<HTMLFormElement>();
	const offerId = parseDecimal(offerIdText);
	const ownViolations = findFormViolations(values, blankOffer(offerId));
	const violations = {...serverViolations, ...ownViolations};
	const isValid = Object.keys(ownViolations).length === 0;
	const touch = (field: OfferField) => setTouched(fields => new Set([...fields, field]));
	const offerIdError = violations.OfferID && touched.has('OfferID') ? ruleMessage(violations.OfferID) : undefined;

	function change(field: FormField, value: string | boolean) {
		setValues({...values, [field]: value});
		setServerViolations(({[field]: _answered, ...others}) => others);
		touch(field);
	}

	async function submit(event: Event) {
		event.preventDefault();
		if (!isValid || add.busy) {
			return;
		}

		const reply = await add.run({type: 'add-offer', offerId, fields: patchFromValues(values)});
		if (reply.ok) {
			onClose();
		} else {
			setServerViolations(violationsByField(reply.error.violations ?? []));
			setTouched(new Set(Object.keys(violationsByField(reply.error.violations ?? [])) as OfferField[]));
		}
	}

	return (
		<form ref={form} class="offer-form add-offer" aria-labelledby="add-offer-heading" noValidate onSubmit={submit}>
			<h2 id="add-offer-heading" class="form-heading">
				{t('popup_addOfferHeading')}
			</h2>
			<TextField
				id="add-offer-OfferID"
				label={t('field_offerId')}
				value={offerIdText}
				inputMode="numeric"
				autoComplete="off"
				error={offerIdError}
				hint={t('popup_offerIdHint')}
				onBlur={() => touch('OfferID')}
				onValue={value => {
					setOfferIdText(value);
					touch('OfferID');
				}}
			/>
			<OfferFields
				idPrefix="add-offer"
				values={values}
				violations={violations}
				isShown={field => touched.has(field)}
				rates={rates}
				onChange={change}
				onLeave={touch}
			/>
			<ErrorText error={add.error} />
			{!isValid && <p class="hint">{t('popup_addOfferIncomplete')}</p>}
			<div class="actions">
				<button type="submit" class="primary" disabled={!isValid} aria-busy={add.busy}>
					{t('popup_addOffer')}
				</button>
				<button type="button" onClick={onClose}>
					{t('common_cancel')}
				</button>
			</div>
		</form>
	);
}
