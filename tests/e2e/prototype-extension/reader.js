// Toggles a <crux-reader> element with an OPEN shadow root on the page, like the real reader view will.
(() => {
  const existing = document.querySelector('crux-reader');
  if (existing) {
    existing.remove();
    return 'removed';
  }
  const host = document.createElement('crux-reader');
  const root = host.attachShadow({ mode: 'open' });
  const h = document.createElement('h1');
  h.className = 'crux-title';
  h.textContent = 'Reader: ' + document.title;
  root.append(h);
  document.documentElement.append(host);
  return 'added';
})();
