/** Steps the reading-mode tests share: opening an article through the toolbar, choosing settings, axe-core. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { KeyInput, Page } from 'puppeteer-core';
import { READER_HOST, inReader, waitForReader, waitInReader } from './reader';
import type { ExtensionSession, FixtureServer, Popup } from './types';

/** axe-core's own bundle, injected into the page and the popup as source. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The impacts that fail a test: serious and critical barriers. */
const BLOCKING_IMPACTS = ['serious', 'critical'];

/** The part of axe-core's API these tests call, as the page sees it. */
interface AxeLike {
  run(
    context: { include: { fromShadowDom: string[] } },
    options: { resultTypes: string[] },
  ): Promise<{
    violations: { id: string; impact?: string; nodes: { target: string[] }[] }[];
    passes: { id: string; nodes: unknown[] }[];
  }>;
}

/** Waits until the popup has left its working state, and returns the state it reached. */
export async function settledState(popup: Popup): Promise<string> {
  await popup.waitFor('.popup:not([data-state="working"]):not([data-state="starting"])', 15_000);
  return popup.evaluate(() => document.querySelector('.popup')?.getAttribute('data-state') ?? '');
}

/** Opens a fixture page in reading mode through the toolbar, and waits for both to be ready. */
export async function openReading(
  session: ExtensionSession,
  site: FixtureServer,
  file = 'news-article.html',
): Promise<{ page: Page; popup: Popup }> {
  const page = await session.openPage(`${site.origin}/${file}`);
  const popup = await session.clickToolbarAction(page);
  const state = await settledState(popup);
  if (state !== 'ready') throw new Error(`the popup settled as ${state}, not ready`);
  await waitForReader(page, '.crux-title');
  return { page, popup };
}

/** Chooses a setting in the popup's reading settings as a keyboard or mouse would: the select's change. */
export function chooseInPopup(popup: Popup, id: string, value: string): Promise<unknown> {
  return popup.evaluate(`(() => {
    const select = document.getElementById(${JSON.stringify(id)});
    select.value = ${JSON.stringify(value)};
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  })()`);
}

/** Chooses a setting in reading mode's own settings panel. */
export function chooseInReader(page: Page, id: string, value: string): Promise<unknown> {
  return inReader(
    page,
    (shadow, selectId: string, choice: string) => {
      const select = shadow.getElementById(selectId);
      if (!(select instanceof HTMLSelectElement)) return false;
      select.value = choice;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    },
    id,
    value,
  );
}

/** Waits until reading mode draws the given theme. */
export function untilTheme(page: Page, theme: string): Promise<unknown> {
  return waitInReader(
    page,
    (shadow, expected: string) =>
      shadow.querySelector('.crux-scroller')?.getAttribute('data-theme') === expected,
    5000,
    theme,
  );
}

/**
 * Serious or critical axe-core violations in the reader's shadow tree. Its colour contrast axe cannot
 * measure there (it reports "sufficient contrast of null"): `lowestTextContrast` measures it.
 */
export async function readerViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await inReader(
    page,
    async (shadow, host: string, blocking: string[]) => {
      const axe = (window as unknown as { axe: AxeLike }).axe;
      // axe walks shadow trees through `shadowRoot`, which a closed root hides: for this run only, the
      // test hands it the root it holds (an own property of the host in the page's world).
      Object.defineProperty(shadow.host, 'shadowRoot', { value: shadow, configurable: true });
      // `fromShadowDom`: axe 4.14 matches nothing with the older `[[host, inner]]` form, and then
      // finds nothing wrong.
      const result = await axe
        .run({ include: { fromShadowDom: [host, '.crux-scroller'] } }, { resultTypes: ['violations'] })
        .finally(() => delete (shadow.host as unknown as { shadowRoot?: ShadowRoot }).shadowRoot);
      // A run that checked nothing would pass anything: it fails instead.
      const checked = result.passes.reduce((sum, rule) => sum + rule.nodes.length, 0);
      if (checked === 0) return ['axe checked no element of reading mode'];
      return result.violations
        .filter((violation) => blocking.includes(violation.impact ?? ''))
        .map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
    },
    READER_HOST,
    BLOCKING_IMPACTS,
  );
  return violations ?? ['no reading mode to check'];
}

/** Serious or critical axe-core violations in the popup document. */
export async function popupViolations(popup: Popup): Promise<string[]> {
  await popup.evaluate(`(() => { ${AXE_SOURCE}; return true; })()`);
  return popup.evaluate(`(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((violation) => ${JSON.stringify(BLOCKING_IMPACTS)}.includes(violation.impact))
      .map((violation) => violation.id + ': ' + violation.nodes.map((node) => node.target.join(' ')).join(', '));
  })()`);
}

/**
 * The lowest WCAG contrast between the text of reading mode and what it is drawn on, as the browser
 * computes both: every element with text of its own, against the nearest background colour behind
 * it. With the element that has it, to say which.
 */
export async function lowestTextContrast(page: Page): Promise<{ ratio: number; where: string } | null> {
  return inReader(page, (shadow) => {
    const channels = (colour: string): number[] => (colour.match(/[\d.]+/gu) ?? []).map(Number);
    const luminance = (colour: string): number => {
      const [red = 0, green = 0, blue = 0] = channels(colour)
        .slice(0, 3)
        .map((value) => value / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
    };
    const opaque = (colour: string): boolean => {
      const alpha = channels(colour)[3];
      return colour !== 'transparent' && (alpha === undefined || alpha === 1);
    };
    const backgroundOf = (element: Element): string => {
      for (let at: Element | null = element; at; at = at.parentElement) {
        const background = getComputedStyle(at).backgroundColor;
        if (opaque(background)) return background;
      }
      return 'rgb(255, 255, 255)';
    };
    let lowest: { ratio: number; where: string } | null = null;
    for (const element of shadow.querySelectorAll('.crux-scroller *')) {
      const ownText = [...element.childNodes].some((node) => node.nodeType === 3 && node.nodeValue?.trim());
      if (!ownText || element.getClientRects().length === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility !== 'visible' || Number(style.opacity) < 1) continue;
      const [light, dark] = [luminance(style.color), luminance(backgroundOf(element))].sort((a, b) => b - a);
      const ratio = ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
      if (!lowest || ratio < lowest.ratio) {
        lowest = {
          ratio,
          where: `${element.tagName.toLowerCase()}.${element.className}: ${style.color} on ${backgroundOf(element)}`,
        };
      }
    }
    return lowest;
  });
}

/** The article's paragraph that the reader reached: the first whose bottom is below the toolbar. */
export function paragraphAtTop(page: Page): Promise<string | null> {
  return inReader(page, (shadow) => {
    const toolbar = shadow.querySelector('.crux-toolbar');
    if (!toolbar) return null;
    const line = toolbar.getBoundingClientRect().bottom;
    const paragraph = [...shadow.querySelectorAll('.crux-body p')].find(
      (candidate) => candidate.getBoundingClientRect().bottom > line,
    );
    return paragraph?.textContent?.slice(0, 60) ?? null;
  });
}

/** Scrolls reading mode as a reader does, to put paragraph `index` just under the toolbar; returns its start. */
export async function scrollToParagraph(page: Page, index: number): Promise<string> {
  const start = await inReader(
    page,
    (shadow, wanted: number) => {
      const scroller = shadow.querySelector('.crux-scroller');
      const toolbar = shadow.querySelector('.crux-toolbar');
      const paragraph = shadow.querySelectorAll('.crux-body p')[wanted];
      if (!scroller || !toolbar || !paragraph) return null;
      const offset = paragraph.getBoundingClientRect().top - toolbar.getBoundingClientRect().bottom;
      scroller.scrollTop += offset - 4;
      return paragraph.textContent?.slice(0, 60) ?? null;
    },
    index,
  );
  if (!start) throw new Error(`no paragraph ${index} to scroll to`);
  return start;
}

export const readerScrollTop = (page: Page): Promise<number | null> =>
  inReader(page, (shadow) => shadow.querySelector('.crux-scroller')?.scrollTop ?? null);

/** The modifier names a shortcut string uses (`Ctrl+Enter`), as Chromium's keyboard knows them. */
const CHROMIUM_MODIFIERS: Record<string, KeyInput> = {
  Ctrl: 'Control',
  Alt: 'Alt',
  Shift: 'Shift',
  Meta: 'Meta',
};

/**
 * Presses a key, or a shortcut such as `Ctrl+Enter`, as a person's keyboard does. Firefox turns BiDi's
 * synthesized keys into neither focus movement, focus-visible nor a button's activation, so there the
 * key goes through the browser's own input handling (the harness's privileged key press); Chromium's
 * CDP keys already behave as real ones.
 */
export async function pressKey(session: ExtensionSession, page: Page, key: string): Promise<void> {
  if (session.browserName === 'firefox') {
    await session.pressShortcut(page, key);
    return;
  }
  const parts = key.split('+');
  const main = parts.pop() as KeyInput;
  const held = parts.map((part) => {
    const modifier = CHROMIUM_MODIFIERS[part];
    if (!modifier) throw new Error(`unknown modifier "${part}" in "${key}"`);
    return modifier;
  });
  for (const modifier of held) await page.keyboard.down(modifier);
  await page.keyboard.press(main);
  for (const modifier of held.reverse()) await page.keyboard.up(modifier);
}
