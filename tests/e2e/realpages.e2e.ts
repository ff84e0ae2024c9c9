/**
 * The popup on real pages of the kinds that fooled Crux into listing things as people (a product
 * review, a concert listing, a photo-heavy story), in real headless Chromium and Firefox through the
 * toolbar action: it lists only people, the same people the analyzer finds in Node.
 * Run `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportFromHtml } from '../../cli/node-page';
import { useExtensionSession, type BrowserName, type Popup } from './harness';

const PAGES = join(process.cwd(), 'tests/fixtures/realpages');

interface Annotation {
  id: string;
  people: string[];
  credits: string[];
}

const annotations = new Map(
  readFileSync(join(PAGES, 'annotations.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Annotation)
    .map((annotation) => [annotation.id, annotation]),
);

/** The last word of a name, folded, which the annotation's fullest name ends with too. */
function lastWord(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
      .pop() ?? ''
  );
}

/** Every name in the popup's people list, its "show more" pressed until all are shown. */
async function listedPeople(popup: Popup): Promise<string[]> {
  await popup.waitFor('.popup:not([data-state="working"]):not([data-state="starting"])', 15_000);
  return popup.evaluate(async () => {
    const button = document.querySelector<HTMLButtonElement>('[data-testid="people"] .link-button');
    const before = document.querySelectorAll('[data-testid="people"] .person-name').length;
    if (button !== null) {
      button.click();
      for (let wait = 0; wait < 50; wait += 1) {
        if (document.querySelectorAll('[data-testid="people"] .person-name').length > before) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    return [...document.querySelectorAll('[data-testid="people"] .person-name')].map(
      (item) => item.textContent ?? '',
    );
  });
}

describe.each<BrowserName>(['chromium', 'firefox'])('people on real pages in %s', (browserName) => {
  const run = useExtensionSession(browserName, { pages: PAGES });

  it.each(['review', 'concerts', 'photos'])('lists only people on the %s page', async (id) => {
    const annotation = annotations.get(id);
    if (annotation === undefined) throw new Error(`no annotation for ${id}`);
    const page = await run.session.openPage(`${run.site.origin}/${id}/source.html`);
    const popup = await run.session.clickToolbarAction(page);
    const listed = await listedPeople(popup);
    const known = new Set([...annotation.people, ...annotation.credits].map(lastWord));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((name) => !known.has(lastWord(name)))).toEqual([]);
    const inNode = reportFromHtml(readFileSync(join(PAGES, id, 'source.html'), 'utf8'));
    const nodePeople = inNode.ok ? inNode.report.people.map((person) => person.name) : [];
    expect([...listed].sort()).toEqual([...nodePeople].sort());
    if (browserName === 'chromium' && id === 'concerts') {
      await popup.evaluate(() => document.querySelector('[data-testid="people"]')?.scrollIntoView());
      await popup.screenshot(join(process.cwd(), 'docs/screenshots/popup-people-concerts.png'));
    }
    await page.close();
  });
});
