import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  BROWSER_BINARIES,
  BUILDS,
  launchWithExtension,
  startFixtureServer,
  type ExtensionSession,
} from '../../tests/e2e/harness';
import type { BenchResult } from './docs';
import { formatTable, markdownTable } from './stats';
import {
  type Outcome,
  PAGE_ALONE_MS,
  POPUP_BUDGET_MS,
  RESPONSIVE_MS,
  type WorstCase,
  answerTime,
  readWithCrux,
  worstCasePages,
  writeWorstCasePages,
} from '../../tests/e2e/worst-cases';

interface CaseFigures {
  worst: WorstCase;
  elements: number | null;
  /** The page's own first answer after loading, before Crux is asked; null: it never answered. */
  aloneMs: number | null;
  outcome: Outcome | null;
}

/**
 * Reads each worst case with the built extension in headless Chromium, as a user would: load the page,
 * let it answer on its own, click Crux, wait for the popup. Run `npm run build` first.
 */
export async function runWorstCasesBench(): Promise<BenchResult | null> {
  if (!existsSync(join(BUILDS.chromium, 'manifest.json'))) {
    throw new Error(`no build in ${BUILDS.chromium}: run npm run build first`);
  }
  const site = await startFixtureServer(writeWorstCasePages());
  const session = await launchWithExtension('chromium', BUILDS.chromium);
  const figures: CaseFigures[] = [];
  try {
    for (const worst of worstCasePages()) figures.push(await measureCase(session, site.origin, worst));
  } finally {
    await session.close();
    await site.close();
  }
  const version = await chromiumVersion();
  const rows = [
    ['case', 'size', 'elements', 'page alone ms', 'answer ms', 'page blocked ms', 'answer', 'budget held'],
    ...figures.map(({ worst, elements, aloneMs, outcome }) => [
      worst.name,
      formatBytes(Buffer.byteLength(worst.html)),
      elements === null ? '-' : elements.toLocaleString('en'),
      aloneMs === null ? 'never' : String(aloneMs),
      outcome ? String(outcome.popupMs) : '-',
      outcome && aloneMs !== null ? String(outcome.slowestMs) : '-',
      outcome ? answerText(outcome) : 'no answer',
      budgetHeld(aloneMs, outcome),
    ]),
  ];
  const heading = [
    `${figures.length} generated worst-case pages, one run each, read with the built extension in headless ${version}.`,
    `"Page alone": the page's own first answer to a script after loading, before Crux is asked. "Answer":`,
    `toolbar click to the popup's story or message. "Page blocked": the page's slowest answer to a script`,
    `meanwhile. Budget: an answer within ${POPUP_BUDGET_MS / 1000} s, and the page answering within`,
    `${RESPONSIVE_MS / 1000} s.`,
  ].join('\n');
  return {
    text: [heading, '', formatTable(rows)].join('\n'),
    markdown: [heading, '', markdownTable(rows)].join('\n'),
  };
}

async function measureCase(
  session: ExtensionSession,
  origin: string,
  worst: WorstCase,
): Promise<CaseFigures> {
  const page = await session.openPage(`${origin}/${worst.file}`);
  try {
    const aloneMs = await answerTime(page, PAGE_ALONE_MS);
    const elements =
      aloneMs === null ? null : await page.evaluate(() => document.getElementsByTagName('*').length);
    const outcome = await readWithCrux(session, page, { sample: aloneMs !== null }).then(
      (read) => read.outcome,
      () => null,
    );
    return { worst, elements, aloneMs, outcome };
  } finally {
    await page.close();
  }
}

function answerText(outcome: Outcome): string {
  return outcome.state === 'ready' ? `article: ${outcome.title}` : outcome.message.replace(/Try anyway$/, '');
}

function budgetHeld(aloneMs: number | null, outcome: Outcome | null): string {
  if (!outcome || outcome.popupMs >= POPUP_BUDGET_MS) return 'no';
  // A page that never answers on its own cannot be held to answering while Crux reads it.
  if (aloneMs === null) return 'yes (the page itself never answers)';
  return outcome.slowestMs < RESPONSIVE_MS ? 'yes' : 'no';
}

/** The browser's name and version, as the benchmark ran it. */
async function chromiumVersion(): Promise<string> {
  return new Promise((resolve) => {
    execFile(BROWSER_BINARIES.chromium, ['--version'], (error, stdout) =>
      resolve(error ? 'Chromium' : stdout.trim()),
    );
  });
}

function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${(bytes / 1000).toFixed(1)} kB`;
}
