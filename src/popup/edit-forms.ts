/** The forms and their rules: one chunk, loaded on the first Edit (`lazy-forms.tsx`), which the list's first paint never waits for. */
export {AddOfferForm} from './add-offer-form';
export {OfferForm} from './offer-form';
