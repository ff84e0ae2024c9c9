// Injected by the popup; the value of the last expression is the executeScript result: the page's
// title, and whether this content script runs in a private (incognito) window.
({
  title: document.title,
  private: (globalThis.browser ?? globalThis.chrome).extension.inIncognitoContext,
});
