import { createReadStream, readFileSync } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { formatReport } from './format-report';
import {
  DEFAULT_PAGE_URL,
  releasePages,
  reportFromHtml,
  reportFromText,
  type ReportResult,
} from './node-page';

const USAGE = `usage: npm run -s analyze -- <page.html> [--url <url>] [--json]
       npm run -s analyze -- --text <article.txt> [--title <title>] [--json]
       npm run -s analyze -- --batch <in.jsonl>     (one {"id", "html"|"text", "url"?, "title"?} a line)`;

/** Runs the analyzer on the command line's arguments; returns the process's exit code. */
async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        json: { type: 'boolean', default: false },
        text: { type: 'string' },
        title: { type: 'string' },
        batch: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return fail(`${messageOf(error)}\n${USAGE}`, 64);
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.batch) return runBatch(values.batch);

  const file = values.text ?? positionals[0];
  if (!file) return fail(USAGE, 64);
  let input: string;
  try {
    input = readFileSync(file, 'utf8');
  } catch (error) {
    return fail(`cannot read ${file}: ${messageOf(error)}`, 66);
  }
  const result = values.text
    ? reportFromText(input, values.title ?? null)
    : safely(() => reportFromHtml(input, values.url ?? DEFAULT_PAGE_URL));
  if (!result.ok) return fail(`${file}: ${result.error}`, 65);
  process.stdout.write(
    values.json ? `${JSON.stringify(result.report)}\n` : `${formatReport(result.report)}\n`,
  );
  return 0;
}

/** One report a line for one page a line, in one process; a bad line gets an error line, not an exit. */
async function runBatch(file: string): Promise<number> {
  try {
    await access(file);
  } catch (error) {
    return fail(`cannot read ${file}: ${messageOf(error)}`, 66);
  }
  let lineNumber = 0;
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber += 1;
    if (!line.trim()) continue;
    process.stdout.write(`${JSON.stringify(batchLine(line, lineNumber))}\n`);
    await releasePages();
  }
  return 0;
}

function batchLine(line: string, lineNumber: number): Record<string, unknown> {
  let item: unknown;
  try {
    item = JSON.parse(line);
  } catch (error) {
    return { id: `line ${lineNumber}`, error: `bad JSON: ${messageOf(error)}` };
  }
  if (typeof item !== 'object' || item === null)
    return { id: `line ${lineNumber}`, error: 'not a JSON object' };
  const fields = item as Record<string, unknown>;
  const id = fields.id ?? `line ${lineNumber}`;
  const title = typeof fields.title === 'string' ? fields.title : null;
  let result: ReportResult;
  if (typeof fields.html === 'string') {
    const url = typeof fields.url === 'string' ? fields.url : DEFAULT_PAGE_URL;
    const html = fields.html;
    result = safely(() => reportFromHtml(html, url));
  } else if (typeof fields.text === 'string') {
    const text = fields.text;
    result = safely(() => reportFromText(text, title));
  } else {
    result = { ok: false, error: 'needs "html" or "text"' };
  }
  return result.ok ? { id, ...result.report } : { id, error: result.error };
}

/** An unexpected failure in one page becomes that page's error, never a crash of the whole run. */
function safely(run: () => ReportResult): ReportResult {
  try {
    return run();
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
}

function fail(message: string, code: number): number {
  process.stderr.write(`crux: ${message}\n`);
  return code;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? String(error)) : String(error);
}

process.exitCode = await main(process.argv.slice(2));
