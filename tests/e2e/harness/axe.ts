/** axe-core over reading mode's closed shadow tree, in both browsers. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { READER_HOST } from '../../../reading-mode/host';
import { inReader } from './reader';

/** axe-core's own bundle, injected into the page as source. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The impacts that fail a test: serious and critical barriers. */
const BLOCKING_IMPACTS = ['serious', 'critical'];

/** The part of axe-core's API the check calls, as the page sees it. */
interface AxeLike {
  run(
    context: { include: string[][] },
    options: { resultTypes: string[] },
  ): Promise<{ violations: { id: string; impact?: string; nodes: { target: string[] }[] }[] }>;
}

/** Serious or critical axe-core violations in reading mode, as `id: targets`; none is `[]`. */
export async function readerViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await inReader(
    page,
    async (shadow, host: string, blocking: string[]) => {
      const axe = (window as unknown as { axe: AxeLike }).axe;
      // axe walks shadow trees through `shadowRoot`, which a closed root hides: for this run only, the
      // test hands it the root it holds (an own property of the host in the page's world).
      Object.defineProperty(shadow.host, 'shadowRoot', { value: shadow, configurable: true });
      const result = await axe
        .run({ include: [[host, '.crux-scroller']] }, { resultTypes: ['violations'] })
        .finally(() => delete (shadow.host as unknown as { shadowRoot?: ShadowRoot }).shadowRoot);
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
