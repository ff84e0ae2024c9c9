import type { Report } from './node-page';

/** The analyzer's report as text a person reads in a terminal. */
export function formatReport(report: Report): string {
  const lines: string[] = [];
  lines.push(report.title ?? '(untitled)');
  const facts = [report.byline && `by ${report.byline}`, report.siteName, report.publishedTime]
    .filter(Boolean)
    .join(' · ');
  if (facts) lines.push(facts);
  lines.push(`${report.wordCount} words, ${report.readingMinutes} min read`, '');
  section(
    lines,
    'Summary',
    report.summary.map((sentence) => `• ${sentence}`),
  );
  section(
    lines,
    'Key quotes',
    report.quotes.map((quote) => {
      const who = quote.speaker ? `${quote.speaker}${quote.role ? `, ${quote.role}` : ''}` : 'unattributed';
      return `“${quote.text}” — ${who}`;
    }),
  );
  section(
    lines,
    'Named figures',
    report.people.map(
      (person) => `${person.name}${person.role ? ` (${person.role})` : ''}: ${person.mentions} mention(s)`,
    ),
  );
  section(
    lines,
    'Key numbers',
    report.numbers.map((number) => `${number.value}: ${number.statement}`),
  );
  return lines.join('\n').trimEnd();
}

function section(lines: string[], heading: string, items: string[]): void {
  if (items.length === 0) return;
  lines.push(heading.toUpperCase(), ...items, '');
}
