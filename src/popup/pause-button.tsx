import {useLayoutEffect, useRef} from 'preact/hooks';
import type {PageView} from '../messaging/protocol';
import {ErrorText} from '../pages/error-text';
import {useAction} from '../pages/use-action';
import type {Send} from '../pages/use-worker-state';
import {formatNumber, pluralKey, t} from '../shared/i18n';

type Props = {
	state: PageView;
	send: Send;
	/** Signed out: nothing can be paused or resumed until the user signs in again. */
	disabled?: boolean;
};

/**
The panic button: one press makes every offer unavailable. While offers are paused a banner
says so, with the one button that brings back exactly those.
*/
export function PauseButton({state, send, disabled = false}: Props) {
	const action = useAction(send);
	const button = useRef<HTMLButtonElement>(null);
	const pressed = useRef(false);
	const pausedCount = state.pausedOfferIds.length;
	const isPaused = pausedCount > 0;
	const run = (type: 'pause-all' | 'resume-all') => {
		if (!action.busy) {
			pressed.current = true;
			void action.run({type}).then(reply => {
				// Nothing replaced the button: a later pause from the menu must not take the focus.
				pressed.current &&= reply.ok;
			});
		}
	};

	// Pause and Resume replace each other: the focus moves to the new button, not to the page.
	useLayoutEffect(() => {
		if (pressed.current) {
			pressed.current = false;
			button.current?.focus();
		}
	}, [isPaused]);

	const count = formatNumber(pausedCount);
	return (
		<div class="pause">
			{isPaused ? (
				<div class="banner banner-paused" role="status">
					<p class="banner-title">{t('popup_allPaused', count)}</p>
					<button ref={button} type="button" class="resume" disabled={disabled} aria-busy={action.busy} onClick={() => run('resume-all')}>
						{t(pluralKey(pausedCount, 'popup_resumeCount_one', 'popup_resumeCount_other'), count)}
					</button>
				</div>
			) : (
				<button ref={button} type="button" class="panic" disabled={disabled} aria-busy={action.busy} onClick={() => run('pause-all')}>
					{t('popup_pauseAll')}
				</button>
			)}
			<ErrorText error={action.error} />
		</div>
	);
}
