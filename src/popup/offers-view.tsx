import {useState} from 'preact/hooks';
import type {PageView} from '../messaging/protocol';
import {t} from '../shared/i18n';
import type {Send} from '../pages/use-worker-state';
import {useForms} from './lazy-forms';
import {OfferList} from './offer-list';
import {PauseButton} from './pause-button';
import {RefreshStatus} from './refresh-status';
import {filterOffers, searchFromCount} from './offer-filter';
import {OfferSearch} from './offer-search';
import {SignedOutBanner} from './signed-out-banner';
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

/**
The popup's console: who, Refresh, the panic button and (for a long list) the search stay
in view at the top while the offers scroll. Signed out with offers known, the offers stay
as they stand under one banner that asks for a new sign-in.
*/
export function OffersView({state, send}: Props) {
	const [adding, setAdding] = useState(false);
	const [query, setQuery] = useState('');
	const isManager = state.account?.isGroupManager ?? false;
	const forms = useForms(adding || isManager);
	const member = actingForName(state);
	const signedOut = !state.signedIn;
	const total = state.offers.length;
	const isSearchable = total >= searchFromCount;
	const shown = isSearchable ? filterOffers(state.offers, query) : state.offers;
	return (
		<>
			<div class="console-head">
				<header class="top">
					<h1>{member ? t('popup_headingFor', member) : t('popup_heading')}</h1>
					<RefreshStatus state={state} send={send} disabled={signedOut} />
				</header>
				{total > 0 && <PauseButton state={state} send={send} disabled={signedOut} />}
				{isSearchable && <OfferSearch query={query} shown={shown.length} total={total} onQuery={setQuery} />}
			</div>
			{isManager && forms && <forms.MemberPicker state={state} send={send} />}
			{signedOut ? <SignedOutBanner state={state} send={send} /> : <StatusBanner state={state} send={send} />}
			{total > 0 && <OfferList state={state} send={send} entries={shown} disabled={signedOut} />}
			{total > 0 && shown.length === 0 && <p class="notice">{t('popup_noMatch', query.trim())}</p>}
			{total === 0 && <EmptyList state={state} />}
			{state.noOfferList &&
				!signedOut &&
				(adding ? (
					forms && <forms.AddOfferForm rates={state.rates} send={send} onClose={() => setAdding(false)} />
				) : (
					<button type="button" class="add" onClick={() => setAdding(true)}>
						{t('popup_addOfferById')}
					</button>
				))}
		</>
	);
}
