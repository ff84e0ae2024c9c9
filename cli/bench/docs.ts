import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** A benchmark's figures: a table for the terminal, and the same in Markdown for docs/. */
export interface BenchResult {
  text: string;
  markdown: string;
  /** True when a figure broke the benchmark's limit: the command then exits with an error. */
  failed?: boolean;
}

/**
 * Puts one benchmark's figures into a Markdown file, between `<!-- bench:NAME -->` and
 * `<!-- /bench:NAME -->`, leaving the rest of the file (and the other benchmarks' figures) as it is.
 */
export function writeFiguresSection(path: string, name: string, markdown: string, heading: string): void {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const section = `${start}\n${markdown.trim()}\n${end}`;
  const current = existsSync(path) ? readFileSync(path, 'utf8') : `${heading}\n`;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? `${current.slice(0, from)}${section}${current.slice(to + end.length)}`
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(path, next);
}
