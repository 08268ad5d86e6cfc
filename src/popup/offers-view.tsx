import {useState} from 'preact/hooks';
import type {PageView} from '../messaging/protocol';
import {t} from '../shared/i18n';
import type {Send} from '../pages/use-worker-state';
import {AddOfferForm} from './add-offer-form';
import {MemberPicker} from './member-picker';
import {OfferList} from './offer-list';
import {PauseButton} from './pause-button';
import {RefreshStatus} from './refresh-status';
import {NoOfferList, NoOffers} from './states';
import {StatusBanner} from './status-banner';

type Props = {
	state: PageView;
	send: Send;
};

function actingForName(state: PageView): string | undefined {
	if (state.actingFor === undefined) {
		return undefined;
	}

	const member = state.members.find(({userId}) => userId === state.actingFor);
	return member?.nickname ? t('popup_memberOption', member.nickname, member.userId) : t('popup_memberId', state.actingFor);
}

function EmptyList({state}: {state: PageView}) {
	if (state.noOfferList) {
		return <NoOfferList />;
	}

	if (state.error) {
		// The banner above says why there is nothing to show.
		return null;
	}

	return state.fetchedAt === undefined ? (
		<p class="notice" role="status">
			{t('popup_loadingOffers')}
		</p>
	) : (
		<NoOffers />
	);
}

/** The signed-in popup: who, the panic button, why anything is stale, then the offers. */
export function OffersView({state, send}: Props) {
	const [adding, setAdding] = useState(false);
	const member = actingForName(state);
	return (
		<>
			<header class="top">
				<h1>{member ? t('popup_headingFor', member) : t('popup_heading')}</h1>
				<RefreshStatus state={state} send={send} />
			</header>
			{state.account?.isGroupManager && <MemberPicker state={state} send={send} />}
			{state.offers.length > 0 && <PauseButton state={state} send={send} />}
			<StatusBanner state={state} send={send} />
			{state.offers.length > 0 ? <OfferList state={state} send={send} /> : <EmptyList state={state} />}
			{state.noOfferList &&
				(adding ? (
					<AddOfferForm rates={state.rates} send={send} onClose={() => setAdding(false)} />
				) : (
					<button type="button" class="add" onClick={() => setAdding(true)}>
						{t('popup_addOfferById')}
					</button>
				))}
		</>
	);
}
