import type {Locator, Page} from 'playwright-core';
import {demoTokens} from '../local-api/demo-data';
import {launchChromium, type ChromiumSession} from './harness/chromium';
import {resetExtension} from './harness/chromium-extension';
import {editForm, fieldDescription, nothingPending, openEditForm, openPopup, popupOffer, signInWithToken} from './harness/chromium-pages';
import {expectEditedLingerieShowPut, lingerieShow} from './harness/expected-updates';
import {useLocalApi} from '../helpers/use-local-api';
import {acceptedPuts, offerPuts} from './harness/recorded-requests';

/** The popup's edit form: what it sends, what it refuses to send, and what it keeps when the popup closes. */
const localApi = useLocalApi();
let browser: ChromiumSession;

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => browser?.close());
beforeEach(async () => {
	await resetExtension(browser);
	await signInWithToken(browser, localApi().url, demoTokens.performer);
});

const field = (form: Locator, label: string) => form.getByLabel(label, {exact: true});
const saveButton = (form: Locator) => form.getByRole('button', {name: 'Save', exact: true});

/** Waits until the offer shows no change on its way: nothing is left for the worker to send. */
async function settled(popup: Page, title: string): Promise<Locator> {
	const offer = popupOffer(popup, title);
	await offer.waitFor();
	await nothingPending(popup);
	return offer;
}

it('sends an edit as one PUT of the whole offer, with numbers and booleans as JSON numbers and booleans', async () => {
	const popup = await openPopup(browser);
	const form = await openEditForm(popup, lingerieShow.title);
	await field(form, 'Title').fill('Lingerie show, encore');
	await field(form, 'Duration (minutes)').fill('20');
	// Typed the way a European performer types it.
	await field(form, 'Total credits').fill('24,50');
	await field(form, 'Mode').selectOption({label: 'Private'});
	await field(form, 'Allow rate continue').check();
	await saveButton(form).click();

	const offer = await settled(popup, 'Lingerie show, encore');
	await offer.getByText('24.50 credits', {exact: true}).waitFor();
	await offer.getByText('Private', {exact: true}).waitFor();
	await offer.getByText('20 min', {exact: true}).waitFor();
	expect(await form.count()).toBe(0);

	expectEditedLingerieShowPut(localApi());
});

const brokenRules: Array<{case: string; values: Record<string, string>; field: string; message: string}> = [
	{case: 'a 51-character title', values: {Title: `${'Long show '.repeat(5)}!`}, field: 'Title', message: 'Title is 51 characters; at most 50'},
	{case: '4 minutes', values: {'Duration (minutes)': '4'}, field: 'Duration (minutes)', message: 'Duration must be at least 5 minutes'},
	{case: '5.5 minutes', values: {'Duration (minutes)': '5.5'}, field: 'Duration (minutes)', message: 'Duration must be a whole number of minutes'},
	{case: '4.99 credits', values: {'Total credits': '4.99'}, field: 'Total credits', message: 'Total credits must be at least 5'},
	{
		case: '17.99 credits for 30 minutes',
		values: {'Duration (minutes)': '30', 'Total credits': '17.99'},
		field: 'Total credits',
		message: 'For 30 minutes the price must be at least 18 credits (0.60 a minute)',
	},
	{case: 'offer number 0', values: {'Offer number': '0'}, field: 'Offer number', message: 'Offer number must be a whole number of at least 1'},
];

it('blocks every broken rule with its message beside the field, and sends nothing until the offer is valid', async () => {
	const popup = await openPopup(browser);
	const form = await openEditForm(popup, lingerieShow.title);
	const original: Record<string, string> = {};
	for (const label of ['Title', 'Duration (minutes)', 'Total credits', 'Offer number']) {
		original[label] = await field(form, label).inputValue();
	}

	for (const rule of brokenRules) {
		for (const [label, value] of Object.entries(rule.values)) {
			await field(form, label).fill(value);
		}

		const broken = field(form, rule.field);
		expect.soft(await broken.getAttribute('aria-invalid'), rule.case).toBe('true');
		expect.soft(await fieldDescription(broken), rule.case).toContain(rule.message);
		expect.soft(await form.getByText(rule.message, {exact: true}).isVisible(), rule.case).toBe(true);
		expect.soft(await saveButton(form).isDisabled(), rule.case).toBe(true);
		// Enter submits a form even when its button is disabled by script: the form must refuse too.
		await broken.press('Enter');

		for (const label of Object.keys(rule.values)) {
			await field(form, label).fill(original[label]!);
		}

		expect.soft(await broken.getAttribute('aria-invalid'), `${rule.case}, corrected`).toBeNull();
		expect.soft(await saveButton(form).isEnabled(), `${rule.case}, corrected`).toBe(true);
	}

	// A valid edit now goes out alone: nothing was queued while the rules were broken.
	await field(form, 'Title').fill('Lingerie show, valid at last');
	await saveButton(form).click();
	await settled(popup, 'Lingerie show, valid at last');
	expect(offerPuts(localApi())).toHaveLength(1);
	expect(offerPuts(localApi())[0]!.body).toMatchObject({Title: 'Lingerie show, valid at last', Duration: 15, TotalCredits: 20, OfferNumber: 2});
});

it('keeps a half-typed edit, even an invalid one, when the popup closes and the worker stops', async () => {
	let popup = await openPopup(browser);
	let form = await openEditForm(popup, lingerieShow.title);
	await field(form, 'Title').fill('Lingerie show, encore');
	await field(form, 'Duration (minutes)').fill('4');
	await popup.close();

	popup = await openPopup(browser);
	form = editForm(popup, lingerieShow.title);
	await form.waitFor();
	expect(await field(form, 'Title').inputValue()).toBe('Lingerie show, encore');
	expect(await field(form, 'Duration (minutes)').inputValue()).toBe('4');
	await popup.close();

	// The popup saw the draft, so it was stored; a worker stopped now must find it again.
	await browser.stopWorker();
	popup = await openPopup(browser);
	form = editForm(popup, lingerieShow.title);
	await form.waitFor();
	expect(await field(form, 'Title').inputValue()).toBe('Lingerie show, encore');
	const duration = field(form, 'Duration (minutes)');
	expect(await duration.inputValue()).toBe('4');
	expect(await fieldDescription(duration)).toContain('Duration must be at least 5 minutes');
	expect(await saveButton(form).isDisabled()).toBe(true);
	expect(offerPuts(localApi())).toHaveLength(0);

	await duration.fill('20');
	await saveButton(form).click();
	await settled(popup, 'Lingerie show, encore');
	expect(acceptedPuts(localApi(), lingerieShow.OfferID)).toHaveLength(1);
	expect(offerPuts(localApi())[0]!.body).toMatchObject({Title: 'Lingerie show, encore', Duration: 20});
	await popup.close();

	// Saved, the draft is gone: the popup opens on the list again.
	popup = await openPopup(browser);
	await popupOffer(popup, 'Lingerie show, encore').waitFor();
	expect(await editForm(popup, lingerieShow.title).count()).toBe(0);
	expect(await popup.getByRole('form').count()).toBe(0);
});
