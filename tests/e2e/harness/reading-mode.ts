/** Steps the reading-mode tests share: opening an article through the toolbar, choosing settings, axe-core. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { READER_HOST, inReader, waitForReader, waitInReader } from './reader';
import type { ExtensionSession, FixtureServer, Popup } from './types';

/** axe-core's own bundle, injected into the page and the popup as source. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The impacts that fail a test: serious and critical barriers. */
const BLOCKING_IMPACTS = ['serious', 'critical'];

/** The part of axe-core's API these tests call, as the page sees it. */
interface AxeLike {
  run(
    context: { include: string[][] },
    options: { resultTypes: string[]; rules?: Record<string, { enabled: boolean }> },
  ): Promise<{ violations: { id: string; impact?: string; nodes: { target: string[] }[] }[] }>;
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
 * Serious or critical axe-core violations in the reader's shadow tree. `extraRules` turns on rules
 * axe leaves off by default, such as `color-contrast-enhanced` (WCAG AAA, 7:1).
 */
export async function readerViolations(page: Page, extraRules: string[] = []): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await inReader(
    page,
    async (shadow, host: string, blocking: string[], rules: string[]) => {
      const axe = (window as unknown as { axe: AxeLike }).axe;
      // axe walks shadow trees through `shadowRoot`, which a closed root hides: for this run only, the
      // test hands it the root it holds (an own property of the host in the page's world).
      Object.defineProperty(shadow.host, 'shadowRoot', { value: shadow, configurable: true });
      const enabled = Object.fromEntries(rules.map((rule) => [rule, { enabled: true }]));
      const result = await axe
        .run({ include: [[host, '.crux-scroller']] }, { resultTypes: ['violations'], rules: enabled })
        .finally(() => delete (shadow.host as unknown as { shadowRoot?: ShadowRoot }).shadowRoot);
      return result.violations
        .filter((violation) => blocking.includes(violation.impact ?? '') || rules.includes(violation.id))
        .map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
    },
    READER_HOST,
    BLOCKING_IMPACTS,
    extraRules,
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
