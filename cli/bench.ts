import { join } from 'node:path';
import { PROJECT_ROOT } from './bench/data';
import { writeFiguresSection, type BenchResult } from './bench/docs';
import { runExtractionBench } from './bench/extraction';
import { runHostileTextBench } from './bench/hostile-text';
import { runPeopleBench } from './bench/people';
import { runPopupBench } from './bench/popup';
import { runQuotesBench } from './bench/quotes';
import { runRealPagesBench } from './bench/realpages';
import { runAnchoringBench } from './bench/anchoring';
import { runSpeedBench } from './bench/speed';
import { runSummaryBench } from './bench/summary';
import { runSummaryFurnitureBench } from './bench/summary-furniture';
import { runWorstCasesBench } from './bench/worst-cases';

interface Benchmark {
  run: () => Promise<BenchResult | null>;
  /** The file under docs/ that records its figures, and that file's heading when new. */
  doc: { file: string; heading: string };
}

const PERFORMANCE = { file: 'PERFORMANCE.md', heading: '# Performance' };
const QUALITY = { file: 'QUALITY.md', heading: '# Quality' };

/** Every benchmark, by the name given on the command line; the first is the default. */
const BENCHMARKS: Record<string, Benchmark> = {
  speed: { run: runSpeedBench, doc: PERFORMANCE },
  'worst-cases': { run: runWorstCasesBench, doc: PERFORMANCE },
  'hostile-text': { run: runHostileTextBench, doc: PERFORMANCE },
  popup: { run: runPopupBench, doc: PERFORMANCE },
  people: { run: runPeopleBench, doc: QUALITY },
  quotes: { run: runQuotesBench, doc: QUALITY },
  summary: { run: runSummaryBench, doc: QUALITY },
  'summary-furniture': { run: runSummaryFurnitureBench, doc: QUALITY },
  extraction: { run: runExtractionBench, doc: QUALITY },
  realpages: { run: () => runRealPagesBench(process.argv.slice(3)), doc: QUALITY },
  anchoring: { run: runAnchoringBench, doc: QUALITY },
};

const USAGE = `usage: npm run bench [-- <${Object.keys(BENCHMARKS).join('|')}>] [--write]
  --write   put the figures into docs/ as well`;

async function main(args: string[]): Promise<number> {
  const name = args.find((arg) => !arg.startsWith('--')) ?? Object.keys(BENCHMARKS)[0] ?? 'speed';
  const benchmark = BENCHMARKS[name];
  if (!benchmark || args.includes('--help')) {
    console.error(benchmark ? USAGE : `crux bench: unknown benchmark "${name}"\n${USAGE}`);
    return benchmark ? 0 : 64;
  }
  const result = await benchmark.run();
  if (!result) return 0;
  console.log(result.text);
  if (args.includes('--write')) {
    const path = join(PROJECT_ROOT, 'docs', benchmark.doc.file);
    writeFiguresSection(path, name, result.markdown, benchmark.doc.heading);
    console.log(`\nwrote the ${name} figures into ${path}`);
  }
  if (result.failed) {
    console.error(`\ncrux bench: ${name} broke its limits`);
    return 1;
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
