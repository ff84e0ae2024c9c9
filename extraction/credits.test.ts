// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { dropCreditElements, dropCreditLines } from './credits';

function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
}

const captions = (root: Element): string[] =>
  [...root.querySelectorAll('figcaption')].map((caption) => caption.textContent ?? '');

describe('dropCreditElements', () => {
  it('drops the credit a caption names as such, and keeps the caption', () => {
    const root = body(
      '<figure><img src="a.jpg"><figcaption><span class="c-media-item__caption">The ferry at the dock.</span> <span class="c-media-item__credit">(Jenna Soto / The Tribune)</span></figcaption></figure>' +
        '<p class="credit-union">Credit unions lend more.</p>',
    );
    dropCreditElements(root.ownerDocument);
    expect(captions(root)).toEqual(['The ferry at the dock. ']);
    expect(root.textContent).toContain('Credit unions lend more.');
  });

  it('keeps a caption wrapped in an element named as the credit, without the credit', () => {
    const root = body(
      '<figure><img src="a.jpg"><figcaption class="c-lead-image__credit"><span class="c-lead-image__caption" itemprop="caption">The Moulin Rouge in Paris</span> <span itemprop="creator">Benoit Tessier/Reuters</span></figcaption></figure>',
    );
    dropCreditElements(root.ownerDocument);
    expect(captions(root)).toEqual(['The Moulin Rouge in Paris ']);
  });
});

describe('dropCreditLines', () => {
  it('cuts the credits that end a caption', () => {
    const root = body(
      [
        'Cyclists on the new crossing. Photograph: Fabio De Paola/The Meridian',
        'Protesters gather outside the court. (AP Photo/Jacquelyn Martin)',
        'The wall under construction in 2019. Photo by Sam Lee for The Ledger',
        'Flood barriers at Thamesmead. Image: Environment Agency',
        'Rescue crews search the rubble. Omar Haj Kadour/AFP via Getty Images',
        'A kingfisher on the Avon. © Wildlife Trust',
        'Photo: Jane Doe',
        'Netanyahu at the Western Wall on March 18. (Thomas Coex/AFP/Getty Images)',
        'Kelp off Stonington, Maine.<span>Credit...</span><span><span>Greta Rybus for The Times</span></span>',
        'A logo at the headquarters, March 3, 2024. REUTERS/Carlos Ibarra/File Photo <a href="/l">Purchase Licensing Rights</a>',
      ]
        .map((text) => `<figure><figcaption>${text}</figcaption></figure>`)
        .join(''),
    );
    dropCreditLines(root);
    expect(captions(root)).toEqual([
      'Cyclists on the new crossing.',
      'Protesters gather outside the court.',
      'The wall under construction in 2019.',
      'Flood barriers at Thamesmead.',
      'Rescue crews search the rubble.',
      'A kingfisher on the Avon.',
      'Netanyahu at the Western Wall on March 18.',
      'Kelp off Stonington, Maine.',
      'A logo at the headquarters, March 3, 2024.',
    ]);
  });

  it('keeps captions whose words only look like a credit', () => {
    const kept = [
      'The rover’s first picture: a dusty plain near the crater',
      'A photograph of the 1953 flood, kept by the town museum.',
      'Hive A produced nearly twice as much as Hive B.',
    ];
    const root = body(kept.map((text) => `<figure><figcaption>${text}</figcaption></figure>`).join(''));
    dropCreditLines(root);
    expect(captions(root)).toEqual(kept);
  });
});
