/**
 * Reading mode shows the article and nothing the page controls, tried as an attacker would, in real
 * Chromium and Firefox through the real toolbar button. Each page is an article with one class of
 * attack woven in; the proofs are the page's own: a flag (`mark()`) that any of its code records when
 * it runs, and the fixture server's log of every request, in which nothing may appear under `/bait/`
 * once reading mode is open (the server answers `no-store`, so a second load is a second request).
 * A control at the start shows that both instruments see what they must.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  clickInReader,
  inReader,
  useExtensionSession,
  readerIsOpen,
  READER_HOST,
  waitForReader,
  type BrowserName,
  type Popup,
} from './harness';
import { STREET_TREES_PARAGRAPHS } from '../fixtures/articles/street-trees';

const PARAGRAPHS = STREET_TREES_PARAGRAPHS;

/** Text only an attack would put in reading mode: its presence there is a failure. */
const FAKE_TEXT = 'sign in to your Crux account';

/** An article page: `head` and `inside` go into the document, `script` runs at the end of the body. */
function articlePage(parts: { head?: string; inside?: string; script?: string }): string {
  const body = PARAGRAPHS.map(
    (paragraph, index) => `<p>${paragraph}</p>${index === 1 ? (parts.inside ?? '') : ''}`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Volunteers map every tree</title>
<script>window.__marks = []; window.mark = function (what) { window.__marks.push(String(what)); };</script>
${parts.head ?? ''}</head><body><article><h1>Volunteers map every tree</h1>
${body.join('\n')}
</article>${parts.script ? `<script>${parts.script}</script>` : ''}</body></html>`;
}

/** A page's closed, clonable shadow roots, declared and scripted, each drawing a fake bar and loading. */
const SHADOW_PAGE = articlePage({
  inside: `<div><template shadowrootmode="closed" shadowrootclonable>
  <style>@import url(/bait/shadow-import.css); @font-face { font-family: Bait; src: url(/bait/shadow-font.woff2); } p { font-family: Bait; }</style>
  <link rel="stylesheet" href="/bait/shadow-link.css">
  <div style="position:fixed;inset:0 0 auto 0;background:#c00;color:#fff">Reading mode paused — ${FAKE_TEXT} to keep reading
    <form action="/bait/shadow-form"><button>Close ×</button></form></div>
  <img src="/bait/missing-dsd.png" onerror="mark('declarative shadow root: onerror')">
  <iframe src="/bait/shadow-frame.html"></iframe>
</template>Light text of the declared host.</div>
<div id="scripted">Light text of the scripted host.</div>`,
  script: `document.getElementById('scripted').attachShadow({ mode: 'closed', clonable: true }).innerHTML =
  '<img src="/bait/missing-script.png" onerror="mark(\\'scripted shadow root: onerror\\')"><p>${FAKE_TEXT}</p><iframe src="/bait/script-frame.html"></iframe>';`,
});

/** Family names a reading mode might use, each declared by the page with a face that loads and shrinks. */
const CLAIMED_FAMILIES = [
  'Charter',
  'Charter Roman',
  'Bitstream Charter',
  'Sitka Text',
  'Cambria',
  'Georgia',
  'Crux Atkinson Hyperlegible',
  'Atkinson Hyperlegible',
  'Segoe UI',
  'Roboto',
  'Noto Sans',
  '-apple-system',
  'ui-monospace',
  'Menlo',
  'Consolas',
  'Liberation Mono',
  'DejaVu Serif',
  'DejaVu Sans',
  'PageFont',
];

/** SVG presentation attributes that load other documents, page fonts, and links of every namespace. */
const LOADS_PAGE = articlePage({
  head: `<style>${CLAIMED_FAMILIES.map(
    (family, index) =>
      `@font-face { font-family: '${family}'; src: url(/bait/font-${index}.woff2); size-adjust: 10%; }`,
  ).join('\n')}</style>`,
  inside: `<p>A figure of the survey:
<svg width="120" height="40"><defs></defs>
  <rect width="40" height="40" fill="url(/bait/fill.svg#p)" stroke="url(/bait/stroke.svg#s)" filter="url(/bait/filter.svg#f)"></rect>
  <circle cx="60" cy="20" r="10" mask="url(/bait/mask.svg#m)" clip-path="url(/bait/clip.svg#c)"></circle>
  <path d="M80 20 L110 20" marker-start="url(/bait/marker.svg#m)" stroke="black"></path>
  <text x="0" y="38" font-family="PageFont">svg text</text>
  <a href="/bait/svg-link"><text x="60" y="38">svg link</text></a>
</svg>
<font face="PageFont">old font text</font>
<math><mtext href="/bait/mathml-link">mathml link text</mtext></math></p>`,
});

/** Page style sheets alone, trying to cover, hide and fake reading mode's controls. */
const COVER_CSS = `<style>
html { opacity: 0 !important; filter: blur(6px) !important; transition: opacity 100000s, filter 100000s !important; }
html:has(> div)::after, html::after { content: "Close ×"; position: fixed; inset: 0; z-index: 2147483647;
  background: #c00; color: #fff; font-size: 40px; }
${READER_HOST} { display: none !important; }
${READER_HOST}::before { content: "${FAKE_TEXT}"; position: fixed; inset: 0; z-index: 2147483647; background: #c00; }
</style>`;

/** Page script fighting reading mode from outside: a fake Close, stolen focus, a swallowed Esc. */
const FIGHT_SCRIPT = `
const fake = document.createElement('button');
fake.textContent = 'Close ×';
fake.style.cssText = 'position:fixed;top:0;right:0;width:50vw;height:100px;z-index:2147483647';
fake.addEventListener('click', () => mark('fake close clicked'));
const field = document.createElement('input');
document.body.append(fake, field);
setInterval(() => { field.focus(); }, 20);
window.addEventListener('keydown', (event) => { if (event.key === 'Escape') { event.stopImmediatePropagation(); event.preventDefault(); } }, true);`;

/** A page that defines Crux's old element name, and one that removes reading mode as it appears. */
const CUSTOM_ELEMENT_PAGE = articlePage({
  script: `customElements.define('crux-reader', class extends HTMLElement {
    constructor() { super(); this.attachShadow({ mode: 'open' }); mark('crux-reader constructed'); } });`,
});
const REMOVER_PAGE = articlePage({
  script: `new MutationObserver(() => {
    for (const element of document.documentElement.children) if (element !== document.head && element !== document.body) { element.remove(); mark('removed reading mode'); }
  }).observe(document.documentElement, { childList: true });`,
});

const PAGES: Record<string, string> = {
  'shadow.html': SHADOW_PAGE,
  'loads.html': LOADS_PAGE,
  'cover.html': articlePage({ head: COVER_CSS }),
  'fight.html': articlePage({ script: FIGHT_SCRIPT }),
  'custom-element.html': CUSTOM_ELEMENT_PAGE,
  'remover.html': REMOVER_PAGE,
  'control.html': articlePage({}),
};

/** Chooses a typeface in the popup's reading settings, and gives the choice time to be stored. */
async function chooseFont(popup: Popup, font: string): Promise<void> {
  await popup.evaluate(`(() => {
    const select = document.getElementById('popup-font');
    select.value = ${JSON.stringify(font)};
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  })()`);
  await settle(300);
}

const settle = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const marks = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __marks: string[] }).__marks.slice());

describe.each<BrowserName>(['chromium', 'firefox'])(
  'a hostile page against reading mode, %s',
  (browserName) => {
    const run = useExtensionSession(browserName, {
      pages: () => {
        const folder = mkdtempSync(join(tmpdir(), 'crux-hostile-'));
        for (const [name, html] of Object.entries(PAGES)) writeFileSync(join(folder, name), html);
        // Bait that really loads (stylesheets, a font, SVG documents, frames): a second load is a second request.
        mkdirSync(join(folder, 'bait'));
        const font = createRequire(import.meta.url).resolve(
          '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff2',
        );
        for (const [index] of CLAIMED_FAMILIES.entries())
          copyFileSync(font, join(folder, 'bait', `font-${index}.woff2`));
        copyFileSync(font, join(folder, 'bait', 'shadow-font.woff2'));
        const svg =
          '<svg xmlns="http://www.w3.org/2000/svg"><pattern id="p"/><filter id="f"/><mask id="m"/><clipPath id="c"/><marker id="m"/></svg>';
        for (const name of ['fill', 'stroke', 'filter', 'mask', 'clip', 'marker'])
          writeFileSync(join(folder, 'bait', `${name}.svg`), svg);
        for (const name of ['shadow-import', 'shadow-link'])
          writeFileSync(join(folder, 'bait', `${name}.css`), 'p { color: red }');
        for (const name of ['shadow-frame', 'script-frame', 'svg-link', 'mathml-link'])
          writeFileSync(join(folder, 'bait', `${name}.html`), '<p>bait</p>');
        writeFileSync(join(folder, 'bait', 'control.css'), 'p { color: blue }');
        return folder;
      },
    });

    /** Opens `name`, lets it settle and clears its own marks, then opens reading mode through the toolbar. */
    async function openHostile(name: string): Promise<{ page: Page; popup: Popup; baitFrom: number }> {
      const page = await run.session.openPage(`${run.site.origin}/${name}`);
      await settle(800);
      await page.evaluate(() => {
        (window as unknown as { __marks: string[] }).__marks = [];
      });
      const baitFrom = run.site.requestedPaths.length;
      const popup = await run.session.clickToolbarAction(page);
      await popup.waitFor('.popup[data-state="ready"]', 15_000);
      await waitForReader(page, '.crux-article');
      return { page, popup, baitFrom };
    }

    const baitSince = (from: number): string[] =>
      run.site.requestedPaths.slice(from).filter((path) => path.startsWith('/bait/'));

    it('control: the page flag and the server log see what runs and loads after reading mode opens', async () => {
      const { page, baitFrom } = await openHostile('control.html');
      await page.evaluate(() => {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = '/bait/control.css';
        document.head.append(link);
        (window as unknown as { mark: (what: string) => void }).mark('control');
      });
      await settle(300);
      expect(await marks(page)).toEqual(['control']);
      expect(baitSince(baitFrom)).toEqual(['/bait/control.css']);
      await page.close();
    });

    it('a closed, clonable shadow root neither runs, loads, submits nor draws in reading mode', async () => {
      const { page, baitFrom } = await openHostile('shadow.html');
      const text = await inReader(page, (shadow) => shadow.querySelector('.crux-article')?.textContent ?? '');
      expect(text).toContain('Light text of the declared host.');
      expect(text).toContain('Light text of the scripted host.');
      // The article's copies hold no shadow root: nothing of one is laid out in reading mode.
      const drawn = await inReader(page, (shadow) => {
        const body = shadow.querySelector('.crux-body');
        return body ? (body as HTMLElement).innerText : '';
      });
      expect(drawn).not.toContain('Reading mode paused');
      await page.mouse.move(300, 300);
      await page.mouse.click(300, 30);
      await inReader(page, (shadow) => shadow.querySelector('.crux-scroller')?.scrollTo(0, 10_000));
      await settle(1000);
      expect(await marks(page)).toEqual([]);
      expect(baitSince(baitFrom)).toEqual([]);
      expect(page.url()).toBe(`${run.site.origin}/shadow.html`);
      await page.close();
    });

    it('SVG, MathML and page fonts load nothing, and links of every namespace follow one rule', async () => {
      const { page, popup, baitFrom } = await openHostile('loads.html');
      const widths: number[] = [];
      for (const font of ['serif', 'sans', 'legible']) {
        await chooseFont(popup, font);
        const shown = await inReader(
          page,
          async (shadow, wanted: string) => {
            const scroller = shadow.querySelector('.crux-scroller');
            for (
              let tries = 0;
              tries < 100 && scroller && !getComputedStyle(scroller).fontFamily.includes(wanted);
              tries += 1
            )
              await new Promise((resolve) => setTimeout(resolve, 20));
            await document.fonts.ready;
            // The column is measured in `ch` of the face: a page face with size-adjust shrank it to 67 px.
            const column = shadow.querySelector('.crux-article');
            return {
              family: scroller ? getComputedStyle(scroller).fontFamily : '',
              width: column?.getBoundingClientRect().width ?? 0,
            };
          },
          font === 'sans' ? 'system-ui' : `crux-${font}`,
        );
        expect(shown?.family).not.toMatch(/Charter|Georgia|Atkinson|Segoe|Roboto|PageFont/);
        widths.push(shown?.width ?? 0);
        await settle(300);
      }
      for (const width of widths) expect(width).toBeGreaterThan(400);

      // Links: only HTML's, opening a new tab without a referrer; SVG and MathML ones are text.
      const links = await inReader(page, (shadow) => ({
        foreign: [...shadow.querySelectorAll('.crux-body [href]')].filter(
          (element) => element.namespaceURI !== 'http://www.w3.org/1999/xhtml',
        ).length,
        svgAttributes: [...shadow.querySelectorAll('.crux-body svg *')].flatMap((element) =>
          [...element.attributes]
            .map((attribute) => attribute.value)
            .filter((value) => /url|\\/i.test(value)),
        ),
        fontNames: shadow.querySelectorAll('.crux-body [face], .crux-body [font-family]').length,
      }));
      expect(links).toEqual({ foreign: 0, svgAttributes: [], fontNames: 0 });
      // Back to the default face for the tests that follow, while the popup is open (a click in the
      // page closes it).
      await chooseFont(popup, 'serif');
      await clickInReader(page, '.crux-body mtext');
      await clickInReader(page, '.crux-body svg text:last-of-type');
      await settle(1000);
      expect(page.url()).toBe(`${run.site.origin}/loads.html`);
      expect(baitSince(baitFrom)).toEqual([]);
      expect(await marks(page)).toEqual([]);
      await page.close();
    });

    it('no stable identifier and no setting reaches the page', async () => {
      const page = await run.session.openPage(`${run.site.origin}/control.html`);
      await page.evaluate((id: string) => {
        const seen: string[] = [];
        (window as unknown as { __seen: string[] }).__seen = seen;
        // WXT's content-script context announced each injection with events named after the extension.
        for (const type of [`${id}:reader:wxt:content-script-started`, `${id}:reader:wxt:locationchange`]) {
          document.addEventListener(type, () => seen.push(type), true);
          window.addEventListener(type, () => seen.push(type), true);
        }
        window.addEventListener('message', (event) => seen.push(`message ${JSON.stringify(event.data)}`));
      }, run.session.extensionId);
      const popup = await run.session.clickToolbarAction(page);
      await popup.waitFor('.popup[data-state="ready"]', 15_000);
      await waitForReader(page, '.crux-article');
      await chooseFont(popup, 'legible');
      await settle(500);
      const seenByPage = await page.evaluate((host: string) => {
        const layer = document.querySelector(host);
        const styles = [...document.styleSheets]
          .map((sheet) => {
            try {
              return [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
            } catch {
              // Firefox keeps a sheet the reader script made from the page's CSSOM; its markup is in `markup`.
              return sheet.ownerNode?.textContent ?? '';
            }
          })
          .join('\n');
        return {
          events: (window as unknown as { __seen: string[] }).__seen,
          markup: document.documentElement.outerHTML,
          styles,
          fonts: [...document.fonts].map((face) => `${face.family} ${face.status}`).join('\n'),
          shadowRoot: layer?.shadowRoot === null,
          themeVisible: document.querySelector('[data-theme]') !== null,
        };
      }, READER_HOST);
      const origin = run.session.extensionOrigin;
      const uuidOrId = origin.replace(/^[a-z-]+:\/\//, '');
      expect(seenByPage.events).toEqual([]);
      for (const text of [seenByPage.markup, seenByPage.styles, seenByPage.fonts]) {
        expect(text).not.toContain('-extension://');
        expect(text).not.toContain(uuidOrId);
        expect(text).not.toContain(run.session.extensionId);
      }
      expect(seenByPage.shadowRoot).toBe(true);
      expect(seenByPage.themeVisible).toBe(false);
      await chooseFont(popup, 'serif');
      await page.close();
    });

    it('page styles alone can neither cover, hide nor fake reading mode’s controls', async () => {
      const { page } = await openHostile('cover.html');
      const close = await inReader(page, (shadow) => {
        const button = shadow.querySelector('.crux-close');
        const box = button?.getBoundingClientRect();
        return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
      });
      expect(close).not.toBeNull();
      const onTop = await page.evaluate(
        (host: string, x: number, y: number) => {
          const root = getComputedStyle(document.documentElement);
          return {
            top: document.elementFromPoint(x, y) === document.querySelector(host),
            opacity: root.opacity,
            filter: root.filter,
          };
        },
        READER_HOST,
        close?.x ?? 0,
        close?.y ?? 0,
      );
      expect(onTop).toEqual({ top: true, opacity: '1', filter: 'none' });
      const shot = await page.screenshot({ encoding: 'base64' });
      expect(shot.length).toBeGreaterThan(0);
      await page.mouse.click(close?.x ?? 0, close?.y ?? 0);
      await expect.poll(() => readerIsOpen(page), { timeout: 5000 }).toBe(false);
      // The page's own styles are its own again.
      expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
      await page.close();
    });

    it('page script outside the layer cannot cover it, take its focus or keep the reader in', async () => {
      const { page, popup } = await openHostile('fight.html');
      await page.bringToFront();
      await settle(300);
      const state = await page.evaluate((host: string) => {
        const fake = document.querySelector('button');
        const box = fake?.getBoundingClientRect();
        return {
          focusInReader: document.activeElement === document.querySelector(host),
          fakeCovered: box
            ? document.elementFromPoint(box.x + 5, box.y + 5) === document.querySelector(host)
            : false,
        };
      }, READER_HOST);
      expect(state).toEqual({ focusInReader: true, fakeCovered: true });
      // Esc is the page's to swallow (SECURITY.md says so); the Close button and the popup still close.
      await clickInReader(page, '.crux-close');
      await expect.poll(() => readerIsOpen(page), { timeout: 5000 }).toBe(false);
      expect(await marks(page)).toEqual([]);
      await popup.close().catch(() => undefined);
      await page.close();
    });

    it('a page’s own <crux-reader> element does not take reading mode, and the page is left usable', async () => {
      const { page } = await openHostile('custom-element.html');
      expect((await waitForReader(page, '.crux-title')).text).toBe('Volunteers map every tree');
      await clickInReader(page, '.crux-close');
      await expect.poll(() => readerIsOpen(page), { timeout: 5000 }).toBe(false);
      expect(
        await page.evaluate(() => ({
          inert: document.body.hasAttribute('inert') || document.body.hasAttribute('aria-hidden'),
          topIsPage: document.elementFromPoint(100, 100)?.closest('article, body') !== null,
        })),
      ).toEqual({ inert: false, topIsPage: true });
      await page.close();
    });

    it('a page script that removes reading mode leaves the page usable, not inert', async () => {
      const page = await run.session.openPage(`${run.site.origin}/remover.html`);
      const popup = await run.session.clickToolbarAction(page);
      await popup.waitFor('.popup:not([data-state="working"]):not([data-state="starting"])', 15_000);
      await settle(500);
      expect(await marks(page)).toContain('removed reading mode');
      expect(await readerIsOpen(page)).toBe(false);
      const usable = await page.evaluate(() => {
        const field = document.createElement('input');
        document.body.append(field);
        field.focus();
        return {
          focus: document.activeElement === field,
          attributes: document.body.hasAttribute('inert') || document.body.hasAttribute('aria-hidden'),
          rootStyle: document.documentElement.getAttribute('style'),
        };
      });
      expect(usable).toEqual({ focus: true, attributes: false, rootStyle: null });
      await page.close();
    });
  },
);
