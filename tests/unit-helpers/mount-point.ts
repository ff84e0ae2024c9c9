import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/**
 * For jsdom tests of a view: a fresh element in the document for each test, its view unmounted and
 * the element removed after it. Call at the top of the file; the function returns the current one.
 */
export function useMountPoint(): () => HTMLElement {
  let container = document.createElement('div');
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    render(null, container);
    container.remove();
  });
  return () => container;
}
