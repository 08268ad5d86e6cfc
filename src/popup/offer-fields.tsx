import type {PageView} from '../messaging/protocol';
import {lowestValidPrice} from '../model/money';
import {minimumDuration, modeIds, type OfferField} from '../model/offer-rules';
import {countCharacters, maximumTitleCharacters} from '../model/title';
import {formatNumber, t} from '../shared/i18n';
import {ruleMessage} from '../pages/rule-message';
import {TextField} from '../pages/text-field';
import {type FormField, type OfferFormValues, parseDecimal, type Violations} from './form-values';
import {creditsText, normalRate, normalRateText, perMinuteText} from './offer-facts';

type Props = {
	idPrefix: string;
	values: OfferFormValues;
	violations: Violations;
	/** Whether a field's message may show yet (an empty new form does not scold untouched fields). */
	isShown: (field: OfferField) => boolean;
	rates: PageView['rates'];
	onChange: (field: FormField, value: string | boolean) => void;
	onLeave?: (field: FormField) => void;
};

/** The live price line under Total credits: what a minute costs, and the floor for this duration. */
function PriceHint({values, rates}: Pick<Props, 'values' | 'rates'>) {
	const duration = parseDecimal(values.Duration);
	const credits = parseDecimal(values.TotalCredits);
	const wholeDuration = Number.isSafeInteger(duration) && duration >= minimumDuration;
	const modeId = Number(values.ModeID);
	const rate = normalRate(modeId, {}, rates);
	const parts = [
		wholeDuration && Number.isFinite(credits) && credits > 0 && perMinuteText(credits, duration),
		wholeDuration && t('popup_lowestPrice', formatNumber(duration), creditsText(lowestValidPrice(duration))),
		rate !== undefined && normalRateText(modeId, rate),
	].filter(Boolean);
	return <>{parts.join(' · ')}</>;
}

export function OfferFields({idPrefix, values, violations, isShown, rates, onChange, onLeave}: Props) {
	const id = (field: FormField) => `${idPrefix}-${field}`;
	const priceId = `${idPrefix}-price`;
	const error = (field: OfferField) => {
		const violation = violations[field];
		return violation && isShown(field) ? ruleMessage(violation) : undefined;
	};

	const text = (field: 'Title' | 'Duration' | 'TotalCredits' | 'OfferNumber') => ({
		id: id(field),
		value: values[field],
		error: error(field),
		onValue: (value: string) => onChange(field, value),
		onBlur: () => onLeave?.(field),
	});

	const checkbox = (field: 'CurrentlyAvailable' | 'AllowRateContinue', label: string) => (
		<label class="check" for={id(field)}>
			<input id={id(field)} type="checkbox" checked={values[field]} onChange={event => onChange(field, event.currentTarget.checked)} />
			{label}
		</label>
	);

	return (
		<div class="offer-fields">
			<TextField
				{...text('Title')}
				label={t('field_title')}
				autoComplete="off"
				hint={t('popup_titleCount', formatNumber(countCharacters(values.Title)), formatNumber(maximumTitleCharacters))}
			/>
			<div class="field-pair">
				<TextField {...text('Duration')} label={t('field_duration')} inputMode="numeric" autoComplete="off" describedBy={priceId} />
				<TextField {...text('TotalCredits')} label={t('field_totalCredits')} inputMode="decimal" autoComplete="off" describedBy={priceId} />
			</div>
			<p class="hint price-hint" id={priceId}>
				<PriceHint values={values} rates={rates} />
			</p>
			<div class="field-pair">
				<div class="field">
					<label for={id('ModeID')}>{t('field_mode')}</label>
					<select id={id('ModeID')} value={values.ModeID} onChange={event => onChange('ModeID', event.currentTarget.value)}>
						<option value={String(modeIds.groupChat)}>{t('mode_groupChat')}</option>
						<option value={String(modeIds.private)}>{t('mode_private')}</option>
					</select>
				</div>
				<TextField {...text('OfferNumber')} label={t('field_offerNumber')} inputMode="numeric" autoComplete="off" />
			</div>
			<div class="checks">
				{checkbox('CurrentlyAvailable', t('field_available'))}
				{checkbox('AllowRateContinue', t('field_allowRateContinue'))}
			</div>
		</div>
	);
}
