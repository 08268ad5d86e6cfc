/**
The forms and their rules: one chunk, loaded on the first Edit (`lazy-forms.tsx`), which the
list's first paint never waits for; a group manager's member picker too, which only they need.
*/
export {AddOfferForm} from './add-offer-form';
export {MemberPicker} from './member-picker';
export {OfferForm} from './offer-form';
