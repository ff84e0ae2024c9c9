import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { analyzeArticle } from '../../analysis';
import { extractArticle, type ExtractionStage } from '../../extraction/extract';
import { parsePage, releasePages } from '../node-page';
import type { BenchResult } from './docs';
import { fixturePages, PROJECT_ROOT, readabilityTestPages, type BenchPage } from './data';
import { formatTable, markdownTable, median } from './stats';

/** Runs per page: the median of a few runs steadies a page's time against the machine's noise. */
const RUNS_PER_PAGE = 3;

type Stage = ExtractionStage | 'analysis';
const STAGES: Stage[] = ['check', 'prune', 'readability', 'sanitize', 'text', 'analysis'];

interface PageTimes {
  readability: number;
  crux: number;
  stages: Record<Stage, number>;
}

/** Times plain Readability and Crux's whole path on the same pages, and sizes the built scripts. */
export async function runSpeedBench(): Promise<BenchResult | null> {
  const pages = [...readabilityTestPages(), ...fixturePages()];
  const times: PageTimes[] = [];
  for (const page of pages) {
    const pageTimes = timePage(page);
    if (pageTimes) times.push(pageTimes);
    await releasePages();
  }
  const readability = median(times.map((page) => page.readability));
  const crux = median(times.map((page) => page.crux));
  const rows = [
    ['stage', 'median ms per page'],
    ['plain Readability (clone + parse)', format(readability)],
    ...STAGES.map((stage) => [`crux: ${stage}`, format(median(times.map((page) => page.stages[stage])))]),
    ['crux: whole path', format(crux)],
    ['ratio crux / Readability (medians)', `${(crux / readability).toFixed(2)}x`],
    [
      'ratio crux / Readability (totals)',
      `${(sum(times.map((page) => page.crux)) / sum(times.map((page) => page.readability))).toFixed(2)}x`,
    ],
  ];
  const sizes = scriptSizes();
  const heading = `${times.length} pages (${pages.length - times.length} without an article), ${RUNS_PER_PAGE} runs each, Node ${process.version}`;
  return {
    text: [
      heading,
      '',
      formatTable(rows),
      '',
      sizes ? formatTable(sizes) : 'sizes: no build in .output/chrome-mv3 (run npm run build first)',
    ].join('\n'),
    markdown: [
      heading,
      '',
      markdownTable(rows),
      '',
      sizes ? markdownTable(sizes) : '(no build measured)',
    ].join('\n'),
  };
}

function timePage(page: BenchPage): PageTimes | null {
  const dom = parsePage(page.html, page.url);
  const { document } = dom.window;
  const runs: PageTimes[] = [];
  for (let run = 0; run <= RUNS_PER_PAGE; run += 1) {
    const start = performance.now();
    new Readability(document.cloneNode(true) as Document).parse();
    const readability = performance.now() - start;

    const stages = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
    const result = extractArticle(document, dom.window, {
      force: true,
      onStage: (stage, milliseconds) => {
        stages[stage] += milliseconds;
      },
    });
    if (!result.ok) {
      dom.window.close();
      return null;
    }
    const analysisStart = performance.now();
    const { article } = result;
    analyzeArticle({ title: article.title, text: article.text, lang: article.lang });
    stages.analysis = performance.now() - analysisStart;
    // The first run warms the JIT and is not counted.
    if (run > 0) runs.push({ readability, crux: sum(Object.values(stages)), stages });
  }
  dom.window.close();
  return {
    readability: median(runs.map((run) => run.readability)),
    crux: median(runs.map((run) => run.crux)),
    stages: Object.fromEntries(
      STAGES.map((stage) => [stage, median(runs.map((run) => run.stages[stage]))]),
    ) as Record<Stage, number>,
  };
}

/** Bytes and gzipped bytes of each script of the Chrome build. */
function scriptSizes(): string[][] | null {
  const build = join(PROJECT_ROOT, '.output/chrome-mv3');
  if (!existsSync(build)) return null;
  const scripts = listFiles(build).filter((file) => file.endsWith('.js'));
  return [
    ['built script', 'bytes', 'gzipped bytes'],
    ...scripts.map((file) => {
      const content = readFileSync(file);
      return [relative(build, file), String(content.length), String(gzipSync(content).length)];
    }),
  ];
}

function listFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function format(milliseconds: number): string {
  return milliseconds.toFixed(2);
}
