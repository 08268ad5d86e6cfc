import type {ElementHandle, Page} from 'puppeteer-core';
import {demoTokens} from '../local-api/demo-data';
import {launchFirefox, type FirefoxSession} from './harness/firefox';
import {
	byRole,
	check,
	click,
	editForm,
	field,
	fieldDescription,
	fill,
	isDisabled,
	nothingPending,
	openEditForm,
	openPopup,
	popupOffer,
	selectOption,
	signInWithToken,
	typeInto,
	inputValue,
} from './harness/firefox-pages';
import {expectEditedLingerieShowPut, lingerieShow} from './harness/expected-updates';
import {useLocalApi} from '../helpers/use-local-api';
import {acceptedPuts, offerPuts, patiently} from './harness/recorded-requests';

/** The popup's edit form in Firefox: what it sends, what it refuses to send, and what it keeps when the popup closes. */
const localApi = useLocalApi();
let firefox: FirefoxSession;

beforeAll(async () => {
	firefox = await launchFirefox();
});
afterAll(async () => firefox?.close());
beforeEach(async () => {
	await firefox.reinstall();
	await signInWithToken(firefox, localApi().url, demoTokens.performer);
});

const saveButton = async (form: ElementHandle) => form.waitForSelector(byRole('button', 'Save'));

/** Waits until the offer shows no change on its way: nothing is left for the worker to send. */
async function settled(popup: Page, title: string): Promise<ElementHandle> {
	const offer = await popupOffer(popup, title);
	await nothingPending(popup);
	return offer;
}

it('sends an edit as one PUT of the whole offer, with numbers and booleans as JSON numbers and booleans', async () => {
	const popup = await openPopup(firefox);
	const form = await openEditForm(popup, lingerieShow.title);
	await fill(form, 'Title', 'Lingerie show, encore');
	await fill(form, 'Duration (minutes)', '20');
	// Typed the way a European performer types it.
	await fill(form, 'Total credits', '24,50');
	await selectOption(form, 'Mode', 'Private');
	await check(form, 'Allow rate continue');
	await (await saveButton(form))!.click();

	const offer = await settled(popup, 'Lingerie show, encore');
	for (const fact of ['24.50 credits', 'Private', '20 min']) {
		await offer.waitForSelector(`::-p-text(${fact})`);
	}

	await expect.poll(() => acceptedPuts(localApi()).length, patiently).toBe(1);
	expectEditedLingerieShowPut(localApi());
});

it('blocks a broken rule with its message beside the field, and sends nothing until the offer is valid', async () => {
	const popup = await openPopup(firefox);
	const form = await openEditForm(popup, lingerieShow.title);
	const save = (await saveButton(form))!;
	const credits = await field(form, 'Total credits');

	// The floor depends on the duration: 17.99 credits is too little for 30 minutes.
	await fill(form, 'Duration (minutes)', '30');
	await typeInto(credits, '17.99');
	const message = 'For 30 minutes the price must be at least 18 credits (0.60 a minute)';
	expect(await credits.evaluate(element => element.getAttribute('aria-invalid'))).toBe('true');
	expect(await fieldDescription(credits)).toContain(message);
	await form.waitForSelector(`::-p-text(${message})`);
	expect(await isDisabled(save)).toBe(true);
	// Enter submits a form even when its button is disabled by script: the form must refuse too.
	await credits.press('Enter');

	await typeInto(credits, '18');
	expect(await credits.evaluate(element => element.getAttribute('aria-invalid'))).toBeNull();
	expect(await isDisabled(save)).toBe(false);
	expect(offerPuts(localApi())).toHaveLength(0);

	await save.click();
	await settled(popup, lingerieShow.title);
	await expect.poll(() => acceptedPuts(localApi()).length, patiently).toBe(1);
	expect(offerPuts(localApi())).toHaveLength(1);
	expect(offerPuts(localApi())[0]!.body).toMatchObject({OfferID: lingerieShow.OfferID, Duration: 30, TotalCredits: 18});
});

it('keeps a half-typed edit, even an invalid one, when the popup closes', async () => {
	let popup = await openPopup(firefox);
	let form = await openEditForm(popup, lingerieShow.title);
	await fill(form, 'Title', 'Lingerie show, encore');
	await fill(form, 'Duration (minutes)', '4');
	// The draft is stored as it is typed: once the form says why 4 is wrong, the last key has been handled.
	await form.waitForSelector('::-p-text(Duration must be at least 5 minutes)');
	await popup.close();

	popup = await openPopup(firefox);
	form = await editForm(popup, lingerieShow.title);
	expect(await inputValue(await field(form, 'Title'))).toBe('Lingerie show, encore');
	const duration = await field(form, 'Duration (minutes)');
	expect(await inputValue(duration)).toBe('4');
	expect(await fieldDescription(duration)).toContain('Duration must be at least 5 minutes');
	expect(await isDisabled((await saveButton(form))!)).toBe(true);
	expect(offerPuts(localApi())).toHaveLength(0);

	await typeInto(duration, '20');
	await click(form, 'button', 'Save');
	await settled(popup, 'Lingerie show, encore');
	await expect.poll(() => acceptedPuts(localApi(), lingerieShow.OfferID).length, patiently).toBe(1);
	expect(offerPuts(localApi())).toHaveLength(1);
	expect(offerPuts(localApi())[0]!.body).toMatchObject({Title: 'Lingerie show, encore', Duration: 20});
	await popup.close();

	// Saved, the draft is gone: the popup opens on the list again.
	popup = await openPopup(firefox);
	await popupOffer(popup, 'Lingerie show, encore');
	expect(await popup.$('::-p-aria([role="form"])')).toBeNull();
});
