import type {JSX} from 'preact';

type Props = {
	id: string;
	label: string;
	value: string;
	onValue: (value: string) => void;
	/** The broken rule's message, shown beside the field and announced. */
	error?: string;
	hint?: JSX.Element | string;
	/** More elements that describe the field, such as a line shared with a neighbour. */
	describedBy?: string;
} & Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'label'>;

/**
A labelled input whose error and hint are its description. The error element exists even
while empty, so screen readers announce the message when it appears as the user types.
*/
export function TextField({id, label, value, onValue, error, hint, describedBy, type = 'text', ...input}: Props) {
	const errorId = `${id}-error`;
	const hintId = `${id}-hint`;
	return (
		<div class="field">
			<label for={id}>{label}</label>
			<input
				{...input}
				id={id}
				type={type}
				value={value}
				aria-invalid={error ? 'true' : undefined}
				aria-describedby={[errorId, hint && hintId, describedBy].filter(Boolean).join(' ')}
				onInput={event => {
					onValue(event.currentTarget.value);
				}}
			/>
			<p id={errorId} class="field-error" aria-live="polite">
				{error}
			</p>
			{hint && (
				<p id={hintId} class="hint">
					{hint}
				</p>
			)}
		</div>
	);
}
