/**
 * The attribute that marks the element holding reading mode. The element is a plain `<div>`: a page
 * can define a custom element of any name before Crux comes, and its constructor would run on Crux's
 * element and take its shadow root; no page can redefine a built-in element. A module with no import,
 * so the end-to-end tests in Node find reading mode by the same name.
 */
export const READER_ATTRIBUTE = 'data-crux-reader';

/** Reading mode's host element, as a selector: the marked `<div>` after the page's `<body>`. */
export const READER_HOST = `html > div[${READER_ATTRIBUTE}]`;
