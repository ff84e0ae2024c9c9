import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './bench/data';
import { RUNS_PER_PAGE, runSpeedBench } from './bench/speed';

const USAGE =
  'usage: npm run bench [-- speed] [--write]   (--write puts the figures into docs/PERFORMANCE.md)';

const args = process.argv.slice(2);
const benchmark = args.find((arg) => !arg.startsWith('--')) ?? 'speed';
const write = args.includes('--write');

if (benchmark === 'speed') {
  const result = await runSpeedBench();
  console.log(result.text);
  if (write) {
    const path = join(PROJECT_ROOT, 'docs/PERFORMANCE.md');
    writeFileSync(path, performanceDoc(result.markdown));
    console.log(`\nwrote ${path}`);
  }
} else {
  console.error(`crux bench: unknown benchmark "${benchmark}"\n${USAGE}`);
  process.exitCode = 64;
}

function performanceDoc(figures: string): string {
  return `# Performance

Measured by \`npm run bench -- speed --write\` (after \`npm run build\`, so the script sizes are current).
For every page of \`../shared/data/readability-test-pages\` and \`tests/fixtures/pages\`, parsed once by
jsdom, the benchmark times plain Readability (on a copy of the page, as Readability needs) and Crux's
whole path in the same process: the readability check, clutter pruning (with the copy), Readability,
DOMPurify and stray-prompt pruning, the plain-text walk, and the analysis. Each page runs ${RUNS_PER_PAGE + 1} times; the
first warms up and the median of the rest counts; the table gives the median over pages.

${figures}
`;
}
