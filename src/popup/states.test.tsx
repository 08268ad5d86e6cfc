// @vitest-environment happy-dom
import {render, screen} from '@testing-library/preact';
import {NoOfferList, NoOffers} from './states';

vi.mock('webextension-polyfill', async () => ({default: (await import('../../test/helpers/fake-page-browser')).fakeBrowser}));

it('says there are no offers yet, and what to do', () => {
	render(<NoOffers/>);
	expect(screen.getByRole('region', {name: 'No special offers yet'}).textContent).toContain('Create offers on AdultWork, then refresh.');
});

it('says the API has no offer list, and that offers are added by ID', () => {
	render(<NoOfferList/>);
	expect(screen.getByRole('region', {name: 'No offer list'}).textContent).toContain('Add each offer by its ID');
});
