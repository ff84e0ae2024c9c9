/**
 * Every one of DOMPurify's own test vectors (tests/fixtures/xss/dompurify-vectors.json, from its
 * test/fixtures/expect.mjs) goes through Crux in real Chromium and Firefox, and nothing of them may run,
 * load or even reach reading mode as code. Run `npm run build` first.
 *
 * The pages. Each fixture page is an article of plain prose with about forty vectors woven in, one
 * after each paragraph; every paragraph ends with the number of the vector that follows it, "(Entry
 * 57.)", so a finding names its vector. Each vector sits in a `<div>` followed by RESET, which ends
 * whatever it left open (a comment, a raw-text element, a table, SVG or MathML...): every vector is
 * parsed from the article, as DOMPurify's tests parse each payload alone, and none swallows the next.
 * The vectors are in the page's HTML and run there while it loads (that is the page's business). A
 * vector that keeps a whole page from being read in some browser gets a page of its own (ALONE).
 *
 * The flag. A script of the page's own, first in its head, records what runs in the page's main world:
 * calls of alert, confirm, prompt, print, mark, open, document.write/writeln,
 * history.pushState/replaceState and a form's submit/requestSubmit (replaced by recorders, so a run is
 * harmless); `submit`, `hashchange` and `popstate` events; and, whatever the code calls, the reports
 * of the page's Content-Security-Policy-Report-Only `script-src 'nonce-…'`: browsers report an inline
 * handler when it is set on an element (Chromium and Firefox) and when it runs (Chromium), an inline
 * script or javascript: URL when it runs, and eval. Report-only, not enforced, on purpose: an enforced
 * policy would make the vectors inert in the page, but it would block whatever reaches reading mode as
 * well (the layer is in the page's document), and the page's handlers would never be compiled, which
 * is how Chromium once kept a page's onerror alive in an imported node. Native dialogs (from any
 * frame), navigations of the tab and the page's document being replaced count too. So does code that
 * merely reached the layer (an on* handler, `srcdoc`, a javascript: link), even if nothing ran it.
 * Whose run is it? Opening reading mode moves focus and makes the page inert, and closing it scrolls
 * and focuses the page again: the page's own handlers may run then, and they are the page's. A run is
 * the page's only when it provably is: the handler belongs to (the event's currentTarget, or the
 * reported element, is) an element the page had before reading mode opened (listed once the page has
 * settled), or to its window or document. Anything else after the toolbar click is held against Crux:
 * a handler in the layer (there `window.event` is undefined), code with no event (a script, a
 * javascript: URL), an element that appeared later. One exception, reported but not held: Chromium
 * also reports an inline handler that Crux's own script sets outside the page's document, which
 * Readability does when it renames an element of Crux's private copy of the page (a DOMParser
 * document, where no handler can run); only a report on the document itself, for an attribute, from
 * the extension's script is read so, and whatever reaches the layer is checked there anyway.
 *
 * The network. `recordNetwork` records every request from the moment the page has settled. The page
 * first stays alone for BASELINE_MS: what it requests then on its own (a late load, a timer) is the
 * page's, and the same address and type later is not held against Crux (none of the vector pages does
 * anything of the kind; the self-check's page does, to prove the rule). Every other request made after
 * the toolbar click, until a moment after reading mode is closed, must be an image of the article: of
 * type image (Chromium's `Image`, Firefox's `TYPE_IMAGE`/`TYPE_IMAGESET`) at the address of an `<img>`
 * or `<source>` the layer shows. A script, stylesheet, font, frame document, SVG or XML document,
 * fetch, XHR, beacon, media or form submission fails, whoever made it, and so does an image that is
 * no image of the article (a CSS background). Left out: Crux's own packaged files (its extension
 * origin) and, in Firefox, the browser's own traffic (its system principal, for no tab: remote settings
 * and experiments). Vectors point at hosts outside 127.0.0.1: those requests fail here but are
 * recorded all the same. Firefox records HTTP channels only: a `data:` frame in the layer shows there
 * as a run, a dialog or code in the layer.
 *
 * The reader. Reading mode opens through the real toolbar button; then the test turns the mouse
 * wheel over it, scrolls the whole article in steps (lazy images load), sends every element of the
 * article the mouse events of a pointer passing, pressing and leaving it, clicks it (unless it is or
 * sits in a link, or is an image: following a link is a navigation the reader chose), focuses and
 * blurs it, presses Tab through the layer, clicks the article's photo (Crux enlarges it), and
 * presses Escape until reading mode is gone. The report says how many real input events reached the
 * page, and whether the photo was enlarged: a page that swallows the reader's input is read with
 * synthetic events only. Reaching inside the layer happens in `inReader` only.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { POPUP_BUDGET_MS } from './worst-cases';
import {
  useExtensionSession,
  recordNetwork,
  type BrowserName,
  type ExtensionSession,
  type RecordedRequest,
  inReader as inReaderLayer,
  READER_HOST,
} from './harness';
import { READER_ATTRIBUTE } from '../../reading-mode/host';

const ROOT = process.cwd();

/** One entry of DOMPurify's expect.mjs: its position there, its title if it has one, its markup. */
interface Vector {
  entry: number;
  title: string | null;
  payload: string;
}

const VECTORS = JSON.parse(
  readFileSync(join(ROOT, 'tests/fixtures/xss/dompurify-vectors.json'), 'utf8'),
) as Vector[];

/** Vectors per page at most: few pages keep the run short, and Readability still sees an article. */
const VECTORS_PER_PAGE = 40;
/** The element that holds reading mode (reading-mode/overlay.tsx). */
const READER = READER_HOST;
/** The one script of the page's that its policy allows without a report: the instruments. */
const NONCE = 'crux-vectors-instruments';
/** Reports, without blocking, inline handlers (set or run), inline scripts and javascript: URLs (run), eval. */
const REPORT_EVERY_SCRIPT = `script-src 'nonce-${NONCE}' 'report-sample'`;
/** The popup has finished: reading mode is open, or it says why not. */
const POPUP_SETTLED = '.popup:not([data-state="working"]):not([data-state="starting"])';

/** Time for loads the page starts after its load event (fonts, late images) before it counts as settled. */
const SETTLE_MS = 500;
/** How long the page stays alone, recorded, before the toolbar click: what it does then is its own. */
const BASELINE_MS = 700;
/** Time after reading mode closes for anything late (a beacon, a lazy load) to show. */
const LATE_MS = 700;
/** Tab presses through the layer: past Crux's own controls and into the article. */
const TAB_PRESSES = 15;

/** End tags of the HTML elements a vector may leave open, innermost kinds first. */
const HTML_CLOSERS =
  '</select></table></template></a></b></big></code></em></font></i></nobr></s></small></strike></strong></tt></u>' +
  '</p></li></ul></ol></dl></h1></h2></h3></h4></h5></h6></header></search></label></button></option></listing></pre></form>';
/** End tags of SVG and MathML elements: they end an integration point once the HTML inside it is closed. */
const FOREIGN_CLOSERS =
  '</foreignobject></desc></title></svg></annotation-xml></mtext></mi></mo></mn></ms></mglyph></math>';
/**
 * Ends whatever a vector may leave open, so that the next paragraph and vector are parsed from the
 * article again: first a comment or CDATA section (inside either, everything is text up to its end),
 * then raw-text elements, then HTML and foreign elements twice over (HTML inside SVG or MathML must be
 * closed before the foreign element can be), and last the `<div>` each vector sits in, whose end tag
 * pops every element still open inside it (unknown ones included). The first test below checks, with
 * jsdom's standard parser, that after every vector the next paragraph is again a child of the article.
 */
const RESET = [
  '<!--]]>-->',
  '</textarea></title></style></xmp></iframe></noembed></noframes></noscript></script>',
  HTML_CLOSERS,
  FOREIGN_CLOSERS,
  HTML_CLOSERS,
  FOREIGN_CLOSERS,
  '</div></div></div></div>',
].join('');

const LEAD =
  'RIVERSIDE — The town library reopened on Saturday after a two-year renovation that doubled its reading rooms and gave the building its first lift, and more than a thousand people queued in the rain to see it.';
const PROSE = [
  'The project cost £4.2 million, most of it from a heritage grant, and kept the Victorian façade while replacing almost everything behind it, from the leaking roof to the cramped children’s corner.',
  '“People told us nobody reads any more, and then they stood outside for an hour to get a library card,” said Helen Okafor, who has run the library for eleven years and oversaw the work.',
  'The new ground floor is one long room with tall windows on the river side, where the old stacks used to block the light, and a café run by a local charity that trains young people for jobs.',
  'Upstairs, the local history collection has a climate-controlled room of its own for the first time, so that maps, parish registers and photographs that were kept in boxes can now be seen by anyone.',
  'The architects, a small practice from the county town, said the hardest part was fitting a lift into a building whose walls are nearly a metre thick without touching the carved stone staircase.',
  'During the renovation the library ran from two rooms above the post office, lending about a third of its usual number of books, and volunteers delivered orders to readers who could not travel.',
  '“The delivery scheme worked so well that we are keeping it,” Okafor said, adding that around two hundred people who cannot leave their homes now receive books, audiobooks and newspapers every fortnight.',
  'The council, which had considered closing the branch five years ago, has promised to keep its opening hours for at least the next three years, and to add Sunday afternoons from the spring onwards.',
  'Local schools have already booked the new activity room for most weekday mornings until the summer holidays, and a reading group for teenagers meets there every Thursday after classes end.',
  'Some residents had opposed the café and the loss of a small garden at the back of the building, but a petition against the plans gathered fewer than a hundred signatures and the objections were dropped.',
];
/** The article's photo (a file of the fixture site): a real image for the reader to enlarge. */
const PHOTO = 'photo.svg';
const CLOSING =
  'The library is open from nine in the morning until seven in the evening on weekdays, and until four on Saturdays; membership is free for everyone who lives, works or studies in the district.';

/** Text that ends the paragraph before a vector, naming it. */
const entryNote = (entry: number): string => `(Entry ${entry}.)`;

/**
 * An article with `vectors` woven between its paragraphs (and the rest of the prose after them when
 * there are few: Readability wants an article's length), and the instruments first in its head.
 */
function articlePage(vectors: Vector[], head = ''): string {
  const title = 'Riverside library reopens after two-year renovation';
  const woven = vectors.map(
    (vector, index) =>
      `<p>${PROSE[index % PROSE.length] ?? ''} ${entryNote(vector.entry)}</p>\n<div>${vector.payload}\n${RESET}`,
  );
  const rest = PROSE.slice(vectors.length).map((paragraph) => `<p>${paragraph}</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<script nonce="${NONCE}">(${instrumentPage.toString()})(${JSON.stringify(READER)});</script>${head}
</head><body><article><h1>${title}</h1>
<p>${LEAD}</p>
<figure><img src="/${PHOTO}" alt="The new reading room on the river side" width="800" height="450">
<figcaption>The new reading room on the river side.</figcaption></figure>
${[...woven, ...rest].join('\n')}
<p>${CLOSING}</p>
</article></body></html>`;
}

/**
 * Whose a run is: `page` = the page's own (a handler on an element it had before reading mode, its
 * window or document); `copy` = an inline handler that Crux's own script set on an element outside
 * the page's document (Chromium holds the page's policy over its private copy of the page too, a
 * DOMParser document where no handler can ever run); `other` = anything else, reading mode included.
 */
type Whose = 'page' | 'copy' | 'other';

/** Something that ran (or inline code that was created) in the page's main world, and whose it is. */
interface Run {
  kind: string;
  detail: string;
  whose: Whose;
  /** The element (or window, document) it ran for, as far as the page can see. */
  where: string;
  /** The vector it came from, by the "(Entry N.)" before it in the same tree; null when unknown. */
  entry: number | null;
}

/** What the instruments expose to the test, as `window.__cruxProbe`. */
interface Probe {
  token: string;
  runs(): Run[];
  /** Real (trusted) mouse, wheel and key events the page has seen: whether the reader's input arrived. */
  realInput(): number;
  clear(): void;
  /** Lists the elements the page has now as its own; returns how many. */
  ownPage(): number;
}

/**
 * Runs first in every fixture page's main world (serialised into the page: no outside names). Keeps
 * its own references to what it uses, since vectors clobber `document` properties by name.
 */
function instrumentPage(readerTag: string): void {
  type Mark = { kind: string; detail: string; whose: string; where: string; entry: number | null };
  const runs: Mark[] = [];
  let realInput = 0;
  const pageNodes = new WeakSet<object>();
  const doc = document;
  const win = window;
  const allOf = Document.prototype.querySelectorAll;
  const treeWalker = Document.prototype.createTreeWalker;
  const rootOf = Node.prototype.getRootNode;
  const outerHtml = Object.getOwnPropertyDescriptor(Element.prototype, 'outerHTML')?.get;
  const notePattern = /\(Entry (\d+)\.\)/;

  const isHost = (node: Node): boolean => node instanceof Element && node.closest(readerTag) !== null;
  /** The vector a node came from: the nearest "(Entry N.)" before it in its own tree. */
  const entryOf = (node: Node): number | null => {
    if (isHost(node)) return null; // the layer's closed root hides where in it
    const walker = treeWalker.call(doc, rootOf.call(node), NodeFilter.SHOW_TEXT);
    walker.currentNode = node;
    for (let steps = 0; steps < 10_000; steps += 1) {
      const found = notePattern.exec(walker.currentNode.nodeValue ?? '');
      if (found) return Number(found[1]);
      if (!walker.previousNode()) return null;
    }
    return null;
  };
  const describe = (owner: unknown): string => {
    if (owner === win) return 'window';
    if (owner === doc) return 'document';
    if (owner instanceof Element) return (outerHtml?.call(owner) ?? owner.localName).slice(0, 300);
    return owner === null || owner === undefined ? 'no element' : String(owner);
  };
  const record = (kind: string, detail: string, owner: unknown, whose: string): void => {
    runs.push({
      kind,
      detail: detail.slice(0, 300),
      whose,
      where: describe(owner),
      entry: owner instanceof Node ? entryOf(owner) : null,
    });
  };
  const text = (value: unknown): string => {
    try {
      return String(value);
    } catch {
      return '(unprintable)';
    }
  };
  /** Replaces a function by a recorder; the owner is the element whose handler called it, if any. */
  const trap = (target: object, name: string): void => {
    Object.defineProperty(target, name, {
      configurable: false,
      writable: false,
      value: function recorded(...args: unknown[]): undefined {
        // Undefined while a handler inside a shadow tree runs: the layer's are never the page's.
        const owner = win.event?.currentTarget ?? null;
        const pageOwn = owner === win || owner === doc || (owner !== null && pageNodes.has(owner));
        record('call', `${name}(${args.map(text).join(', ')})`, owner, pageOwn ? 'page' : 'other');
        return undefined;
      },
    });
  };
  for (const name of ['alert', 'confirm', 'prompt', 'print', 'mark', 'open']) trap(win, name);
  for (const name of ['write', 'writeln']) trap(doc, name);
  for (const name of ['pushState', 'replaceState']) trap(History.prototype, name);
  for (const name of ['submit', 'requestSubmit']) trap(HTMLFormElement.prototype, name);
  win.addEventListener('submit', (event) => record('submit', '', event.target, 'other'), true);
  for (const type of ['hashchange', 'popstate']) {
    win.addEventListener(type, () => record('navigation', `${type} ${location.href}`, null, 'other'), true);
  }
  for (const type of ['mousedown', 'wheel', 'keydown']) {
    win.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) realInput += 1;
      },
      true,
    );
  }
  doc.addEventListener(
    'securitypolicyviolation',
    (event) => {
      // The element whose handler or script it is (inside an open root; the host for a closed one),
      // or the document when that element is in no document of the page's or not connected.
      const owner = event.composedPath()[0] ?? event.target;
      // Chromium names a script of an extension by its scheme alone.
      const byExtension = /^(chrome|moz)-extension(:|$)/.test(event.sourceFile);
      const whose =
        owner instanceof Element && pageNodes.has(owner)
          ? 'page'
          : owner === doc && byExtension && event.effectiveDirective === 'script-src-attr'
            ? 'copy'
            : 'other';
      record(
        'inline code',
        `${event.effectiveDirective} ${event.blockedURI} (${event.sourceFile}:${event.lineNumber}): ${event.sample}`,
        owner,
        whose,
      );
    },
    true,
  );
  const probe = {
    token: Math.random().toString(36).slice(2),
    runs: () => runs.slice(),
    realInput: () => realInput,
    clear: () => {
      runs.length = 0;
      realInput = 0;
    },
    ownPage: () => {
      const elements = allOf.call(doc, '*');
      for (const element of elements) pageNodes.add(element);
      return elements.length;
    },
  };
  Object.defineProperty(win, '__cruxProbe', { value: probe, configurable: false, writable: false });
}

/** Which document the instruments are in (null if none): a new token means the page was replaced. */
const documentToken = (page: Page): Promise<string | null> =>
  page.evaluate(() => (window as unknown as { __cruxProbe?: Probe }).__cruxProbe?.token ?? null);
const runsIn = (page: Page): Promise<Run[]> =>
  page.evaluate(() => (window as unknown as { __cruxProbe: Probe }).__cruxProbe.runs());
const clearRuns = (page: Page): Promise<void> =>
  page.evaluate(() => (window as unknown as { __cruxProbe: Probe }).__cruxProbe.clear());
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The one place this file reaches inside reading mode's layer: runs `inside` (sent into the page as
 * source, so it may use no outside names) on the layer's closed shadow root, through the harness,
 * once the layer is there.
 */
async function inReader<T>(page: Page, inside: (root: ShadowRoot) => T | Promise<T>): Promise<T> {
  await page.waitForFunction(
    (host: string) => document.querySelector(host) !== null,
    { timeout: 5000 },
    READER,
  );
  return (await inReaderLayer(page, inside)) as T;
}

/** In the layer: the article's text, once it is there. */
async function articleText(root: ShadowRoot): Promise<string> {
  for (let tries = 0; tries < 100; tries += 1) {
    const article = root.querySelector('.crux-article');
    if (article?.textContent) return article.textContent;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return '';
}

/**
 * In the layer: what a reader does with the whole article, as events: scrolls through it in steps
 * (lazy images load), and passes over, presses, clicks (links aside), focuses and leaves every element.
 */
async function readThrough(root: ShadowRoot): Promise<void> {
  const frame = (): Promise<void> =>
    new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  const scroller = root.querySelector('.crux-scroller');
  if (scroller) {
    for (let top = 0; top < scroller.scrollHeight; top += Math.max(200, scroller.clientHeight / 2)) {
      scroller.scrollTop = top;
      await frame();
    }
  }
  const passing = ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'pointermove', 'mousemove'];
  const pressing = ['pointerdown', 'mousedown', 'pointerup', 'mouseup'];
  const leaving = ['pointerout', 'pointerleave', 'mouseout', 'mouseleave'];
  const send = (element: Element, type: string): void => {
    const init = { bubbles: true, composed: true, cancelable: true, view: window };
    element.dispatchEvent(
      type.startsWith('pointer') ? new PointerEvent(type, init) : new MouseEvent(type, init),
    );
  };
  for (const element of root.querySelectorAll('.crux-article *')) {
    for (const type of [...passing, ...pressing]) send(element, type);
    // Following a link is a navigation the reader chose; Crux's images open its image viewer.
    if (!element.closest('[href], img')) send(element, 'click');
    for (const type of leaving) send(element, type);
    if (element instanceof HTMLElement || element instanceof SVGElement) {
      element.focus();
      element.blur();
    }
  }
  scroller?.scrollTo(0, 0);
  await frame();
}

/** In the layer: where the article's first image is on screen, brought into view; null if none. */
function firstImage(root: ShadowRoot): { x: number; y: number } | null {
  const image = root.querySelector('.crux-article img');
  if (!image) return null;
  image.scrollIntoView({ block: 'center', behavior: 'instant' });
  const box = image.getBoundingClientRect();
  return box.width > 0 && box.height > 0 ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
}

/** In the layer: whether Crux's image viewer shows an image, within two seconds. */
async function imageViewerOpen(root: ShadowRoot): Promise<boolean> {
  for (let tries = 0; tries < 40; tries += 1) {
    if (root.querySelector('dialog[open] img')) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

/** In the layer: every address an image it shows may load (src, srcset candidates, current source). */
function imageAddresses(root: ShadowRoot): string[] {
  const addresses = new Set<string>();
  for (const image of root.querySelectorAll('img, source')) {
    const srcset = (image.getAttribute('srcset') ?? '').split(',').map((part) => part.trim().split(/\s+/)[0]);
    for (const value of [image.getAttribute('src'), ...srcset]) {
      if (!value) continue;
      try {
        addresses.add(new URL(value, image.baseURI).href);
      } catch {
        // not an address: nothing to load
      }
    }
    if (image instanceof HTMLImageElement && image.currentSrc) addresses.add(image.currentSrc);
  }
  return [...addresses];
}

/** Code that reached reading mode's layer, whether anything ran it or not. */
interface LayerCode {
  code: string;
  /** The vector it came from, by the "(Entry N.)" before it; null when unknown. */
  entry: number | null;
}

/**
 * In the layer: every on* handler, `srcdoc`, and javascript:, vbscript: or HTML data: address in an
 * attribute that loads or follows one, in the article. A handler for an event the test did not cause
 * is still one the reader may cause.
 */
function codeInLayer(root: ShadowRoot): LayerCode[] {
  const addressAttributes = [
    'href',
    'xlink:href',
    'src',
    'action',
    'formaction',
    'data',
    'poster',
    'background',
  ];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const entryBefore = (element: Element): number | null => {
    walker.currentNode = element;
    while (walker.previousNode()) {
      const found = /\(Entry (\d+)\.\)/.exec(walker.currentNode.nodeValue ?? '');
      if (found) return Number(found[1]);
    }
    return null;
  };
  const found: LayerCode[] = [];
  for (const element of root.querySelectorAll('.crux-article *')) {
    for (const attribute of element.attributes) {
      // Browsers drop spaces and control characters from addresses: so does this.
      const address = [...attribute.value].filter((character) => character > ' ').join('');
      const scriptAddress =
        addressAttributes.includes(attribute.name) && /^(javascript|vbscript|data:text\/html)/i.test(address);
      if (attribute.name.startsWith('on') || attribute.name === 'srcdoc' || scriptAddress) {
        const code = `<${element.localName} ${attribute.name}="${attribute.value.slice(0, 120)}">`;
        found.push({ code, entry: entryBefore(element) });
      }
    }
  }
  return found;
}

/** What one reading of a page showed. */
interface Reading {
  /** The popup's state when it settled (`ready`: reading mode opened), or that it never did. */
  state: string;
  articleText: string;
  /** Whether clicking the article's first image showed it enlarged. */
  enlarged: boolean;
  /** Real mouse, wheel and key events that reached the page (reading mode included) after the click. */
  realInput: number;
  /** Runs after the toolbar click that are not provably the page's, native dialogs and navigations. */
  runs: Run[];
  /** The page's own runs after the click (its handlers on its own elements), for the record. */
  pageRuns: Run[];
  /** Inline handlers Crux's script set outside the page's document (its copy), for the record. */
  copyRuns: Run[];
  /** What ran while the page was alone before the click (its own late code). */
  aloneRuns: Run[];
  /** Requests after the click that are no image of the article, with why. */
  requests: (RecordedRequest & { why: string })[];
  /** Requests after the click that the page made alone before it too (same address and type). */
  pageRequests: RecordedRequest[];
  /** Requests of the browser itself (Firefox's system principal, for no tab), for the record. */
  browserRequests: RecordedRequest[];
  /** Image requests after the click for images the layer shows. */
  articleImages: RecordedRequest[];
  /** Handlers and script addresses that reached the layer, run or not. */
  inLayer: LayerCode[];
}

/** What the test does while reading mode is open, besides reading: the self-check adds its controls. */
type DuringReading = (page: Page) => Promise<void>;

/** Images in the browser's words: Chromium's resource type, Firefox's content policy types. */
const IMAGE_TYPES = ['Image', 'TYPE_IMAGE', 'TYPE_IMAGESET'];
const requestKey = (request: RecordedRequest): string => `${request.resourceType ?? '?'} ${request.url}`;
/** Firefox's own traffic (remote settings, experiments): made by its system principal for no tab. */
const isBrowserOwn = (request: RecordedRequest): boolean =>
  request.source === 'browser' && request.detail.startsWith('triggering system');

/** Whether the page's main thread still answers a script within a second. */
const answers = (page: Page): Promise<boolean> =>
  Promise.race([page.evaluate(() => true).catch(() => false), sleep(1000).then(() => false)]);

/** What the reader does in reading mode; tells which images the layer showed, and if one was enlarged. */
async function useReadingMode(
  page: Page,
  duringReading?: DuringReading,
): Promise<{ shown: string[]; enlarged: boolean }> {
  await page.bringToFront();
  await page.mouse.move(400, 300);
  for (let turn = 0; turn < 3; turn += 1) await page.mouse.wheel({ deltaY: 1200 });
  await inReader(page, readThrough);
  for (let press = 0; press < TAB_PRESSES; press += 1) await page.keyboard.press('Tab');
  await duringReading?.(page);
  const shown = await inReader(page, imageAddresses);
  const image = await inReader(page, firstImage);
  let enlarged = false;
  if (image) {
    await page.mouse.click(image.x, image.y);
    enlarged = await inReader(page, imageViewerOpen);
    shown.push(...(await inReader(page, imageAddresses)));
  }
  await sleep(300);
  return { shown, enlarged };
}

/**
 * Opens `url` in a new tab by the tab's own navigation from about:blank, and waits for its load. Not
 * through `session.openPage(url)`: Firefox's BiDi navigate fails ("Address rejected") whenever a frame
 * of the page shows an error page before the page itself has committed, which the vectors' mhtml: and
 * view-source: frames do, about every other time.
 */
async function openArticle(session: ExtensionSession, url: string): Promise<Page> {
  const page = await session.openPage('about:blank');
  await page.evaluate((to) => {
    location.href = to;
  }, url);
  const loaded = (): Promise<boolean> =>
    page
      .evaluate(
        (to) => location.href === to && document.readyState === 'complete' && '__cruxProbe' in window,
        url,
      )
      .catch(() => false); // the old document may go away while it is asked
  for (let tries = 0; !(await loaded()); tries += 1) {
    if (tries > 150) throw new Error(`${url} did not load`);
    await sleep(100);
  }
  return page;
}

/**
 * Opens `url`, lets it settle, leaves it alone for a while, then reads it with Crux as a reader
 * would and closes reading mode; everything is recorded from the moment the page settled.
 */
async function readWithCrux(
  session: ExtensionSession,
  url: string,
  duringReading?: DuringReading,
): Promise<Reading> {
  const page = await openArticle(session, url);
  const dialogs: string[] = [];
  const navigations: string[] = [];
  page.on('dialog', (dialog) => dialogs.push(dialog.message()));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  await page.evaluate(() => document.fonts.ready.then(() => true));
  await sleep(SETTLE_MS);
  const token = await documentToken(page);
  await page.evaluate(() => (window as unknown as { __cruxProbe: Probe }).__cruxProbe.ownPage());
  await clearRuns(page);
  const recorder = await recordNetwork(session);
  try {
    await sleep(BASELINE_MS);
    const alone = await recorder.requests();
    const aloneRuns = await runsIn(page);
    await clearRuns(page);
    dialogs.length = 0;
    navigations.length = 0;

    const popup = await session.clickToolbarAction(page);
    const settled = await popup.waitFor(POPUP_SETTLED, POPUP_BUDGET_MS).then(
      () => true,
      () => false,
    );
    const state = settled
      ? await popup.evaluate(() => document.querySelector('.popup')?.getAttribute('data-state') ?? '')
      : `no answer in ${POPUP_BUDGET_MS / 1000} s`;
    let text = '';
    let shown: string[] = [];
    let enlarged = false;
    let inLayer: LayerCode[] = [];
    if (state === 'ready') {
      text = await inReader(page, articleText);
      ({ shown, enlarged } = await useReadingMode(page, duringReading));
      inLayer = await inReader(page, codeInLayer);
    }
    // A tab whose page no longer answers is closed as it is: nothing more can be asked of it.
    const alive = await answers(page);
    const readerOpen = (): Promise<boolean> =>
      page.evaluate((tag) => document.querySelector(tag) !== null, READER);
    for (let press = 0; alive && press < 4 && (await readerOpen()); press += 1) {
      await page.keyboard.press('Escape');
      await sleep(150);
    }
    await sleep(LATE_MS);

    const after = (await recorder.requests()).slice(alone.length);
    const sameDocument = alive && token !== null && (await documentToken(page)) === token;
    const seen = sameDocument ? await runsIn(page) : [];
    const realInput = sameDocument
      ? await page.evaluate(() => (window as unknown as { __cruxProbe: Probe }).__cruxProbe.realInput())
      : 0;
    const unknown = (kind: string, detail: string, where: string): Run => ({
      kind,
      detail,
      where,
      whose: 'other',
      entry: null,
    });
    const replaced =
      alive && !sameDocument ? [unknown('navigation', 'the page’s document was replaced', page.url())] : [];
    const aloneKeys = new Set(alone.map(requestKey));
    const shownImages = new Set(shown);
    const reading: Reading = {
      state,
      articleText: text,
      enlarged,
      realInput,
      runs: [
        ...seen.filter((run) => run.whose === 'other'),
        ...dialogs.map((message) => unknown('dialog', message, 'a native dialog')),
        ...navigations.map((to) => unknown('navigation', to, 'the tab')),
        ...replaced,
      ],
      pageRuns: seen.filter((run) => run.whose === 'page'),
      copyRuns: seen.filter((run) => run.whose === 'copy'),
      aloneRuns,
      requests: [],
      pageRequests: [],
      browserRequests: [],
      articleImages: [],
      inLayer,
    };
    for (const request of after) {
      if (request.url.startsWith(`${session.extensionOrigin}/`)) continue; // Crux's own packaged files
      const image = IMAGE_TYPES.includes(request.resourceType ?? '');
      if (aloneKeys.has(requestKey(request))) reading.pageRequests.push(request);
      else if (isBrowserOwn(request)) reading.browserRequests.push(request);
      else if (image && shownImages.has(request.url)) reading.articleImages.push(request);
      else {
        const why = image
          ? 'an image that is not one of the article’s'
          : `not an image: ${request.resourceType ?? 'no type'}`;
        reading.requests.push({ ...request, why });
      }
    }
    await page.close();
    return reading;
  } finally {
    await recorder.stop();
  }
}

/** The vectors a finding may come from: by its entry, or by the address it loaded. */
function suspects(vectors: Vector[], finding: { entry?: number | null; url?: string }): Vector[] {
  if (finding.entry) return vectors.filter((vector) => vector.entry === finding.entry);
  if (!finding.url) return [];
  const address = new URL(finding.url);
  const tail = `${address.pathname}${address.search}`.replace(/^\//, '');
  return vectors.filter(
    (vector) =>
      (address.hostname !== '127.0.0.1' && vector.payload.includes(address.hostname)) ||
      (tail.length > 1 && vector.payload.includes(tail)),
  );
}

const label = (vector: Vector): string =>
  `#${vector.entry} ${vector.title ?? '(untitled)'}: ${JSON.stringify(vector.payload.slice(0, 160))}`;

/** Lines once each, with how many times they came. */
function counted(lines: string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  return [...counts].map(([line, count]) => (count > 1 ? `${line} (×${count})` : line));
}

/** Prints what a reading found, with the vectors behind each finding, for the report. */
function report(browserName: BrowserName, name: string, vectors: Vector[], reading: Reading): void {
  const inReading = vectors.filter((vector) => reading.articleText.includes(entryNote(vector.entry)));
  const missing = vectors.filter((vector) => !inReading.includes(vector)).map((vector) => vector.entry);
  const behind = (finding: { entry?: number | null; url?: string }): string =>
    suspects(vectors, finding)
      .map((vector) => `\n      ${label(vector)}`)
      .join('');
  const lines = [
    `${browserName} ${name}: popup ${reading.state}, ${reading.realInput} real input events, photo ${reading.enlarged ? '' : 'not '}enlarged; ` +
      `the paragraphs of ${inReading.length} of ${vectors.length} vectors in reading mode` +
      (missing.length > 0 ? ` (not: ${missing.join(', ')})` : ''),
    ...counted(reading.runs.map((run) => `  RAN ${run.kind} ${run.detail} at ${run.where}${behind(run)}`)),
    ...counted(
      reading.requests.map(
        (request) =>
          `  REQUEST ${request.why} ${shortUrl(request.url)} (${request.source})${behind(request)}`,
      ),
    ),
    ...counted(
      reading.pageRuns.map(
        (run) => `  page's own, after the click: ${run.kind} ${run.detail} at ${run.where.slice(0, 100)}`,
      ),
    ),
    ...counted(
      reading.copyRuns.map((run) => `  set in Crux's copy of the page, not run: ${run.kind} ${run.detail}`),
    ),
    ...counted(reading.aloneRuns.map((run) => `  page's own, alone: ${run.kind} ${run.detail}`)),
    ...counted(
      reading.pageRequests.map((request) => `  page's own request, seen alone too: ${requestKey(request)}`),
    ),
    ...counted(
      reading.browserRequests.map((request) => `  the browser's own request: ${requestKey(request)}`),
    ),
    ...counted(reading.articleImages.map((request) => `  article image: ${shortUrl(request.url)}`)),
    ...counted(reading.inLayer.map((found) => `  IN THE LAYER ${found.code}${behind(found)}`)),
  ];
  console.log(lines.join('\n'));
}

const runLine = (run: Run): string => `${run.kind} ${run.detail} (entry ${run.entry ?? '?'})`;
const layerLine = (found: LayerCode): string => `${found.code} (entry ${found.entry ?? '?'})`;
const requestLine = (request: RecordedRequest & { why: string }): string =>
  `${request.why}: ${request.url} (${request.source})`;
/** An address as the report prints it: a data: image can run to tens of kilobytes. */
const shortUrl = (url: string): string => (url.length > 160 ? `${url.slice(0, 160)}…` : url);

/**
 * Vectors that keep a whole page from being read as a reader reads it in some browser, each on a page
 * of its own so that the others are read fully: #21 (`<input name=parentNode>` in a form) hangs the
 * tab in Chromium, where Readability's `_getNextNode` climbs `parentNode` for ever (the form's is the
 * input); with #148 (`<iframe src=mhtml:...>`) Chromium delivers no more mouse or key input to the tab,
 * page or reading mode (the page's own frame does this, with or without Crux).
 */
const ALONE = [21, 148];
const SHARED = VECTORS.filter((vector) => !ALONE.includes(vector.entry));
const PAGE_COUNT = Math.ceil(SHARED.length / VECTORS_PER_PAGE);
/** The vectors spread evenly over as few pages as VECTORS_PER_PAGE allows, and the lone ones. */
const PAGES = [
  ...Array.from({ length: PAGE_COUNT }, (_, index) => {
    const from = Math.round((index * SHARED.length) / PAGE_COUNT);
    const to = Math.round(((index + 1) * SHARED.length) / PAGE_COUNT);
    return { name: `dompurify-${index + 1}.html`, vectors: SHARED.slice(from, to) };
  }),
  ...VECTORS.filter((vector) => ALONE.includes(vector.entry)).map((vector) => ({
    name: `dompurify-alone-${vector.entry}.html`,
    vectors: [vector],
  })),
];

/** The self-check's page: prose only, a page-own listener that runs after the click, and a page-own poll. */
const CONTROL_PAGE = articlePage(
  [],
  `<script nonce="${NONCE}">
addEventListener('keydown', () => alert('page-own keydown'), true);
setInterval(() => fetch('/page-own-poll').catch(() => undefined), 250);
</script>`,
);

/** In the layer: what Crux must never let through, put there by hand, to see the instruments fire. */
function plantControls(root: ShadowRoot): void {
  const article = root.querySelector('.crux-article');
  if (!article) throw new Error('no article in the layer');
  const planted = document.createElement('div');
  article.append(planted);
  // eslint-disable-next-line no-unsanitized/property -- the self-check plants what must be caught
  planted.innerHTML = [
    `<p>Control paragraph ${'(Entry 9001.)'}</p>`,
    `<img src="/control-image.png" onerror="alert('control: handler in reading mode')">`,
    `<link rel="stylesheet" href="/control-style.css">`,
    `<iframe src="/control-frame.html"></iframe>`,
    `<a id="control-link" href="javascript:alert('control: javascript URL')">control link</a>`,
    `<form action="/control-submit"></form>`,
  ].join('');
  planted.querySelector<HTMLAnchorElement>('#control-link')?.click();
  planted.querySelector('form')?.requestSubmit();
}

it('every vector is parsed from the article, none inside the one before it', () => {
  const quiet = new VirtualConsole(); // jsdom's complaints about the vectors' CSS are not the test's
  for (const { vectors } of PAGES) {
    const { document } = new JSDOM(articlePage(vectors), { virtualConsole: quiet }).window;
    const paragraphs = [...document.querySelectorAll('article > p')].map(
      (paragraph) => paragraph.textContent,
    );
    const notes = vectors.map((vector) => entryNote(vector.entry));
    expect(notes.filter((note) => !paragraphs.some((text) => text?.endsWith(note)))).toEqual([]);
  }
});

describe.each<BrowserName>(['chromium', 'firefox'])(
  'DOMPurify’s test vectors in reading mode, %s',
  (browserName) => {
    let folder: string;

    const run = useExtensionSession(browserName, {
      pages: () => {
        folder = mkdtempSync(join(tmpdir(), 'crux-dompurify-'));
        for (const page of PAGES) writeFileSync(join(folder, page.name), articlePage(page.vectors));
        writeFileSync(join(folder, 'control.html'), CONTROL_PAGE);
        copyFileSync(join(ROOT, 'tests/fixtures/pages/seawall.svg'), join(folder, PHOTO));
        return folder;
      },
      server: { headers: { 'content-security-policy-report-only': REPORT_EVERY_SCRIPT } },
    });

    afterAll(async () => {
      if (folder) rmSync(folder, { recursive: true, force: true });
    });

    it('self-check: the instruments see a run and a request that reach reading mode, and know the page’s own', async () => {
      const reading = await readWithCrux(run.session, `${run.site.origin}/control.html`, (page) =>
        inReader(page, plantControls).then(() => sleep(500)),
      );
      report(browserName, 'control.html', [], reading);
      expect(reading.state).toBe('ready');
      expect(reading.articleText).toContain(LEAD.slice(0, 60));
      // Nothing ran while the page was alone: the test's own page.evaluate calls are not counted as runs.
      expect(reading.aloneRuns).toEqual([]);
      expect(reading.enlarged).toBe(true);
      expect(reading.realInput).toBeGreaterThan(0);
      const ran = reading.runs.map(runLine).join('\n');
      expect(ran).toContain('alert(control: handler in reading mode)');
      expect(ran).toContain('alert(control: javascript URL)');
      expect(ran).toContain('requestSubmit()');
      // The report names the layer as the handler's element: the page sees no further into its closed
      // root (the static check below names the vector, from inside).
      expect(
        reading.runs.some(
          (run) => run.kind === 'inline code' && run.where.startsWith(`<div ${READER_ATTRIBUTE}`),
        ),
      ).toBe(true);
      expect(reading.pageRuns.map(runLine).join('\n')).toContain('alert(page-own keydown)');
      expect(reading.runs.map(runLine).join('\n')).not.toContain('page-own keydown');
      const offending = reading.requests.map(requestLine).join('\n');
      expect(offending).toContain('/control-style.css');
      expect(offending).toContain('/control-frame.html');
      expect(reading.articleImages.map((request) => request.url)).toContain(
        `${run.site.origin}/control-image.png`,
      );
      expect(reading.pageRequests.map((request) => request.url)).toContain(
        `${run.site.origin}/page-own-poll`,
      );
      expect(offending).not.toContain('page-own-poll');
      // The layer's static check sees what was planted, run or not.
      expect(reading.inLayer.map(layerLine)).toEqual(
        expect.arrayContaining([
          `<img onerror="alert('control: handler in reading mode')"> (entry 9001)`,
          `<a href="javascript:alert('control: javascript URL')"> (entry 9001)`,
        ]),
      );
    });

    it.each(PAGES)(
      '$name: no vector runs or loads anything but an article image in reading mode',
      async ({ name, vectors }) => {
        const reading = await readWithCrux(run.session, `${run.site.origin}/${name}`);
        report(browserName, name, vectors, reading);
        expect.soft(reading.state).toBe('ready');
        // Not vacuous: reading mode showed the article, lead paragraph first.
        expect.soft(reading.articleText).toContain(LEAD.slice(0, 60));
        expect.soft(reading.runs.map(runLine)).toEqual([]);
        expect.soft(reading.requests.map(requestLine)).toEqual([]);
        expect.soft(reading.inLayer.map(layerLine)).toEqual([]);
      },
    );
  },
);
