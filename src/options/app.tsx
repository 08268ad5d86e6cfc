import type {ComponentChild} from 'preact';
import {t} from '../shared/i18n';
import {Loading, WorkerUnreachable} from '../pages/page-states';
import {useWorkerState} from '../pages/use-worker-state';
import {SettingsForm} from './settings-form';
import {ShortcutsSection} from './shortcuts-section';

export function App() {
	const {state, failure, send, reload} = useWorkerState();
	let body: ComponentChild;
	if (state) {
		body = (
			<>
				<SettingsForm state={state} send={send} reload={reload} />
				<ShortcutsSection />
			</>
		);
	} else {
		body = failure ? <WorkerUnreachable error={failure} onRetry={reload} /> : <Loading />;
	}

	return (
		<main class="page">
			<h1>{t('options_heading')}</h1>
			{body}
		</main>
	);
}
