import {demoTokens} from '../local-api/demo-data';
import {useLocalApi} from '../helpers/use-local-api';
import type {DriverPage, PageElement} from './driver/driver';
import {browsers, useDriver} from './driver/drivers';
import {expectEditedLingerieShowPut, lingerieShow} from './harness/expected-updates';
import {acceptedPuts, offerPuts, patiently} from './harness/recorded-requests';
import {brokenRules, expectRefused, expectValid, type BrokenRule} from './steps/form-rules';
import {editForm, nothingPending, openEditForm, popupOffer} from './steps/popup';
import {signInWithToken} from './steps/sign-in';

/** The popup's edit form: what it sends, what it refuses to send, and what it keeps when the popup closes. */
describe.each(browsers)('$name', browser => {
	const localApi = useLocalApi();
	const driver = useDriver(browser);

	beforeEach(async () => signInWithToken(driver(), localApi().url, demoTokens.performer));

	const field = (form: PageElement, label: string) => form.find({label});
	const saveButton = (form: PageElement) => form.find({role: 'button', name: 'Save'});

	/** Waits until AdultWork has accepted `count` updates and the offer shows no change on its way. */
	async function settled(popup: DriverPage, title: string, count = 1): Promise<PageElement> {
		await expect.poll(() => acceptedPuts(localApi()).length, patiently).toBe(count);
		const offer = popupOffer(popup, title);
		await offer.waitFor();
		await nothingPending(popup);
		return offer;
	}

	it('sends an edit as one PUT of the whole offer, with numbers and booleans as JSON numbers and booleans', async () => {
		const popup = await driver().openPage('popup');
		const form = await openEditForm(popup, lingerieShow.title);
		await field(form, 'Title').type('Lingerie show, encore');
		await field(form, 'Duration (minutes)').type('20');
		// Typed the way a European performer types it.
		await field(form, 'Total credits').type('24,50');
		await field(form, 'Mode').select('Private');
		await field(form, 'Allow rate continue').check();
		await saveButton(form).click();

		const offer = await settled(popup, 'Lingerie show, encore');
		for (const fact of ['24.50 credits', 'Private', '20 min']) {
			await offer.find({text: fact}).waitFor();
		}

		expect(await form.exists()).toBe(false);
		expectEditedLingerieShowPut(localApi());
	});

	it('blocks every broken rule with its message beside the field, and sends nothing until the offer is valid', async () => {
		const popup = await driver().openPage('popup');
		const form = await openEditForm(popup, lingerieShow.title);
		const original: Record<string, string> = {};
		for (const label of ['Title', 'Duration (minutes)', 'Total credits', 'Offer number']) {
			original[label] = await field(form, label).inputValue();
		}

		for (const rule of brokenRules) {
			await expectRefused(form, rule);
			const corrected: BrokenRule = {
				...rule,
				case: `${rule.case}, corrected`,
				values: Object.fromEntries(Object.keys(rule.values).map(label => [label, original[label]!])),
			};
			await expectValid(form, corrected);
		}

		// A valid edit now goes out alone: nothing was queued while the rules were broken.
		await field(form, 'Title').type('Lingerie show, valid at last');
		await saveButton(form).click();
		await settled(popup, 'Lingerie show, valid at last');
		expect(offerPuts(localApi())).toHaveLength(1);
		expect(offerPuts(localApi())[0]!.body).toMatchObject({Title: 'Lingerie show, valid at last', Duration: 15, TotalCredits: 20, OfferNumber: 2});
	});

	it('blocks a broken rule with its message beside the field, and sends nothing until the offer is valid', async () => {
		const popup = await driver().openPage('popup');
		const form = await openEditForm(popup, lingerieShow.title);
		// The floor depends on the duration: 17.99 credits is too little for 30 minutes.
		const tooCheap = brokenRules.find(rule => rule.case === '17.99 credits for 30 minutes')!;
		await expectRefused(form, tooCheap);
		await expectValid(form, {...tooCheap, values: {'Total credits': '18'}});
		expect(offerPuts(localApi())).toHaveLength(0);

		await saveButton(form).click();
		await settled(popup, lingerieShow.title);
		expect(offerPuts(localApi())).toHaveLength(1);
		expect(offerPuts(localApi())[0]!.body).toMatchObject({OfferID: lingerieShow.OfferID, Duration: 30, TotalCredits: 18});
	});

	/** Types a half edit, with a duration the rules refuse, and closes the popup. */
	async function typeDraft(): Promise<void> {
		const popup = await driver().openPage('popup');
		const form = await openEditForm(popup, lingerieShow.title);
		await field(form, 'Title').type('Lingerie show, encore');
		await field(form, 'Duration (minutes)').type('4');
		// The draft is stored as it is typed: once the form says why 4 is wrong, the last key has been handled.
		await form.find({text: 'Duration must be at least 5 minutes'}).waitFor();
		await popup.close();
	}

	/** Opens the popup on the draft, as it was typed and refused, with nothing sent. */
	async function reopenDraft(): Promise<{popup: DriverPage; form: PageElement}> {
		const popup = await driver().openPage('popup');
		const form = editForm(popup, lingerieShow.title);
		await form.waitFor();
		expect(await field(form, 'Title').inputValue()).toBe('Lingerie show, encore');
		expect(await field(form, 'Duration (minutes)').inputValue()).toBe('4');
		expect(await field(form, 'Duration (minutes)').description()).toContain('Duration must be at least 5 minutes');
		expect(await saveButton(form).isDisabled()).toBe(true);
		expect(offerPuts(localApi())).toHaveLength(0);
		return {popup, form};
	}

	/** Mends and saves the draft; then the popup opens on the list again. */
	async function saveDraft({popup, form}: {popup: DriverPage; form: PageElement}): Promise<void> {
		await field(form, 'Duration (minutes)').type('20');
		await saveButton(form).click();
		await settled(popup, 'Lingerie show, encore');
		expect(acceptedPuts(localApi(), lingerieShow.OfferID)).toHaveLength(1);
		expect(offerPuts(localApi())).toHaveLength(1);
		expect(offerPuts(localApi())[0]!.body).toMatchObject({Title: 'Lingerie show, encore', Duration: 20});
		await popup.close();

		// Saved, the draft is gone.
		const list = await driver().openPage('popup');
		await popupOffer(list, 'Lingerie show, encore').waitFor();
		expect(await editForm(list, lingerieShow.title).exists()).toBe(false);
		expect(await list.find({role: 'form'}).exists()).toBe(false);
	}

	it('keeps a half-typed edit, even an invalid one, when the popup closes', async () => {
		await typeDraft();
		await saveDraft(await reopenDraft());
	});

	// Firefox cannot stop its event page on demand, so only Chromium checks the draft outlives the worker.
	it.runIf(browser.name === 'chromium')('keeps a half-typed edit, even an invalid one, when the popup closes and the worker stops', async () => {
		await typeDraft();
		await (await reopenDraft()).popup.close();
		// The popup saw the draft, so it was stored; a worker stopped now must find it again.
		await driver().stopWorker();
		await saveDraft(await reopenDraft());
	});
});
