// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findLead, withLead } from './lead';

const page = `<head><meta name="description" content="Eleven of 40 crossings are built."></head><body>
  <h1>Crossings not built</h1>
  <div class="standfirst"><p>Eleven of 40 crossings are built</p><ul><li><a href="/x">Related link</a></li></ul></div>
  <figure><img src="/img/crossing.jpg?width=465"><figcaption>A new crossing.</figcaption></figure>
  <div class="body"><p>${'When the government launched its plan it promised forty crossings. '.repeat(3)}</p></div>
  <figure><img src="/img/later.jpg"></figure>
</body>`;

describe('the lead of a page', () => {
  const leadOf = () => findLead(new DOMParser().parseFromString(page, 'text/html'));
  const lead = leadOf();

  it('finds the headline, the standfirst and the figure between the headline and the body', () => {
    expect(lead.headline).toBe('Crossings not built');
    expect(lead.standfirst?.outerHTML).toBe('<p>Eleven of 40 crossings are built</p>');
    expect(lead.figure?.querySelector('figcaption')?.textContent).toBe('A new crossing.');
  });

  it('puts back what Readability dropped, only for the article the headline titles or that prints it', () => {
    const body = '<div><p>When the government launched its plan.</p></div>';
    /** Readability's article element holding `body`, after `withLead` with this text and title. */
    const led = (text: string, title: string): string => {
      const content = new DOMParser().parseFromString(`<div>${body}</div>`, 'text/html').body
        .firstElementChild as Element;
      withLead(content, text, title, leadOf());
      return content.innerHTML;
    };
    expect(led('When the government launched its plan.', 'Crossings not built')).toBe(
      `<p>Eleven of 40 crossings are built</p>${lead.figure?.outerHTML ?? ''}${body}`,
    );
    expect(led('x', 'Another story')).toBe(body);
    // A page whose title differs from its headline ("Lohan Over-Primps for Party"): the article that
    // prints the headline is the headline's.
    expect(led('Crossings not built. When the government launched its plan.', 'Another title')).toBe(
      `<p>Eleven of 40 crossings are built</p>${lead.figure?.outerHTML ?? ''}${body}`,
    );
    expect(led('Eleven of 40 crossings are built. A new crossing.', 'Crossings not built')).toBe(body);
  });
});
