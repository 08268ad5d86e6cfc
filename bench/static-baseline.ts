import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {StoredOffer} from '../test/local-api/demo-data';

export const staticBaselineFile = 'bench-baseline.html';

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
The popup's first screen as plain HTML with the popup's own stylesheet and no script: what
a browser paints at best from an extension page. Written into the bench's build only.
*/
export function staticBaselineHtml(offers: readonly StoredOffer[]): string {
	const items = offers.map(offer => {
		const title = escapeHtml(offer.Title);
		return `<li class="offer${offer.CurrentlyAvailable ? '' : ' offer-off'}">
<div class="offer-head"><input type="checkbox" role="switch" class="switch"${offer.CurrentlyAvailable ? ' checked' : ''} aria-label="Available: ${title}">
<h2 class="offer-title">${title}</h2><button type="button" class="small">Edit</button></div>
<p class="offer-facts"><span>${offer.ModeID === 3 ? 'Private' : 'Group chat'}</span><span>${offer.Duration} min</span><span>No. ${offer.OfferNumber}</span></p>
<p class="offer-facts"><span class="price">${offer.TotalCredits} credits</span></p>
</li>`;
	});
	return `<!doctype html>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<meta name="color-scheme" content="light dark">
<title>Special offers</title>
<link rel="stylesheet" href="popup.css">
<main class="page">
<header class="top"><h1>Special offers</h1></header>
<ul class="offers">
${items.join('\n')}
</ul>
</main>
<footer class="bottom"><a href="options.html">Options</a></footer>
`;
}

export async function writeStaticBaseline(extensionDir: string, offers: readonly StoredOffer[]): Promise<void> {
	await writeFile(path.join(extensionDir, staticBaselineFile), staticBaselineHtml(offers));
}
