// @vitest-environment node
import {demoUser} from '../test/local-api/demo-data';
import {staticBaselineHtml} from './static-baseline';

it('shows each offer’s switch under the label the popup gives it, with titles escaped', () => {
	const offer = {...demoUser(1001)!.offers[0]!, Title: 'Tease & "dance" <live>', CurrentlyAvailable: false};
	const html = staticBaselineHtml([offer]);
	expect(html).toContain('aria-label="Available: Tease &amp; &quot;dance&quot; &lt;live&gt;"');
	expect(html).toContain('<link rel="stylesheet" href="popup.css">');
	expect(html).not.toContain('<script');
	expect(html).not.toContain(' checked');
});
