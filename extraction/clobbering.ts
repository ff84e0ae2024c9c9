import { elementsUnder } from './select';

/**
 * A form's controls are reachable as properties of the form by their `name` or `id`, and they win
 * over the form's own DOM properties (`[LegacyOverrideBuiltIns]`): `<input name="parentNode">` makes
 * `form.parentNode` the input. Some images, frames and embeds do the same on the document. Chromium
 * shows these to the reader script, and Readability's walk up `parentNode` then never ended: a page
 * could freeze its own tab through Crux. In the copy Readability reads, a `name` or `id` that would
 * shadow a property of a form or of the document goes, as DOMPurify's SANITIZE_DOM does later.
 */
export function removeClobbering(copy: Document): void {
  // The prototypes, not the objects: a document or form already clobbered answers `in` for its names too.
  const documentProperties = Object.getPrototypeOf(copy) as object;
  const formProperties = Object.getPrototypeOf(copy.createElement('form')) as object;
  const shadows = (value: string): boolean => value in documentProperties || value in formProperties;
  for (const element of elementsUnder(copy)) {
    for (const attribute of ['name', 'id']) {
      const value = element.getAttribute(attribute);
      if (value !== null && shadows(value)) element.removeAttribute(attribute);
    }
  }
}
