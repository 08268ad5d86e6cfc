import type {PageView} from '../messaging/protocol';
import {ErrorText} from '../pages/error-text';
import {t} from '../shared/i18n';
import {useAction} from '../pages/use-action';
import type {Send} from '../pages/use-worker-state';

type Props = {
	state: PageView;
	send: Send;
};

/** The panic button: one press makes every offer unavailable; Resume brings back exactly those. */
export function PauseButton({state, send}: Props) {
	const action = useAction(send);
	const pausedCount = state.pausedOfferIds.length;
	const run = (type: 'pause-all' | 'resume-all') => {
		if (!action.busy) {
			void action.run({type});
		}
	};

	return (
		<div class="pause">
			{pausedCount > 0 ? (
				<>
					<button type="button" class="resume" aria-busy={action.busy} aria-describedby="paused-count" onClick={() => run('resume-all')}>
						{t('popup_resume')}
					</button>
					<p id="paused-count" class="hint">
						{t('popup_pausedCount', pausedCount)}
					</p>
				</>
			) : (
				<button type="button" class="panic" aria-busy={action.busy} onClick={() => run('pause-all')}>
					{t('popup_pauseAll')}
				</button>
			)}
			<ErrorText error={action.error} />
		</div>
	);
}
