/**
The one `storage.session` key under which the worker publishes the pages' view
(`published-view.ts` reads it). A file of its own, so that the worker and the test fakes
can name it without loading the browser API.
*/
export const publishedViewKey = 'pageView';
