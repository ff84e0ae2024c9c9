/** Keys of the analyzer's JSON report and the type each holds: the contract other tools depend on. */
const NULLABLE_STRINGS = ['title', 'byline', 'siteName', 'publishedTime', 'lang', 'excerpt'] as const;

/** What is wrong with an analyzer report, as one line per problem; empty when it keeps the contract. */
export function contractProblems(report: unknown): string[] {
  if (typeof report !== 'object' || report === null) return ['not an object'];
  const fields = report as Record<string, unknown>;
  const problems: string[] = [];
  const expect = (ok: boolean, problem: string): void => {
    if (!ok) problems.push(problem);
  };
  for (const key of NULLABLE_STRINGS) {
    expect(fields[key] === null || typeof fields[key] === 'string', `${key} is not a string or null`);
  }
  expect([null, 'ltr', 'rtl'].includes(fields.dir as string | null), 'dir is not "ltr", "rtl" or null');
  expect(typeof fields.text === 'string' && fields.text.length > 0, 'text is not a non-empty string');
  expect(typeof fields.html === 'string' && fields.html.length > 0, 'html is not a non-empty string');
  expect(Number.isInteger(fields.wordCount) && (fields.wordCount as number) >= 0, 'wordCount is not a count');
  expect(
    Number.isInteger(fields.readingMinutes) && (fields.readingMinutes as number) >= 1,
    'readingMinutes < 1',
  );
  expect(
    isListOf(fields.summary, (item) => typeof item === 'string'),
    'summary is not a list of strings',
  );
  expect(
    isListOf(fields.quotes, (item) => hasStrings(item, ['text'], ['speaker', 'role'])),
    'quotes do not match { text, speaker, role }',
  );
  expect(
    isListOf(
      fields.people,
      (item) =>
        hasStrings(item, ['name'], ['role']) &&
        Number.isInteger((item as Record<string, unknown>).mentions) &&
        isListOf((item as Record<string, unknown>).aliases, (alias) => typeof alias === 'string'),
    ),
    'people do not match { name, role, mentions, aliases }',
  );
  expect(
    isListOf(fields.numbers, isKeyNumber),
    'numbers do not match { value, statement, at } with the value at `at` in the statement',
  );
  return problems;
}

function isListOf(value: unknown, check: (item: unknown) => boolean): boolean {
  return Array.isArray(value) && value.every(check);
}

/** A key number whose value stands where `at` says in its statement. */
function isKeyNumber(item: unknown): boolean {
  if (!hasStrings(item, ['value', 'statement'], [])) return false;
  const { value, statement, at } = item as { value: string; statement: string; at: unknown };
  return Number.isInteger(at) && statement.startsWith(value, at as number);
}

function hasStrings(item: unknown, required: string[], nullable: string[]): boolean {
  if (typeof item !== 'object' || item === null) return false;
  const fields = item as Record<string, unknown>;
  return (
    required.every((key) => typeof fields[key] === 'string') &&
    nullable.every((key) => fields[key] === null || typeof fields[key] === 'string')
  );
}
