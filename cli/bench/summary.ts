import { analyzeArticle } from '../../analysis';
import { splitSentences } from '../../analysis/sentences';
import { summarize } from '../../analysis/summary';
import { sharedJsonLines } from './data';
import type { BenchResult } from './docs';
import { scoreRouge, type RougeScores } from './rouge';
import { formatTable, markdownTable, median } from './stats';

/** The file of news articles with human highlights, under the shared data. */
const SUMMARIES_FILE = 'summaries-dev.jsonl';

/** The baseline's length: the first three sentences, as news summarizers are usually compared. */
const LEAD_SENTENCES = 3;

/** The default summary length analyzeArticle gives, which the bench scores. */
const SUMMARY_SENTENCES = 3;

interface SummaryCase {
  title: string;
  article: string;
  reference: string;
}

interface SystemScores {
  name: string;
  scores: RougeScores[];
  milliseconds: number[];
}

/** Scores Crux's default summary and Lead-3 against human highlights with ROUGE-1, ROUGE-2 and ROUGE-Lsum F1. */
export async function runSummaryBench(): Promise<BenchResult | null> {
  const lines = sharedJsonLines(SUMMARIES_FILE);
  if (lines === null) return null;
  const cases = lines.flatMap(toCase);
  const crux: SystemScores = { name: 'Crux (analyzeArticle)', scores: [], milliseconds: [] };
  const summarizer: SystemScores = { name: 'Crux summarizer alone', scores: [], milliseconds: [] };
  const lead: SystemScores = { name: `Lead-${LEAD_SENTENCES}`, scores: [], milliseconds: [] };
  for (const { title, article, reference } of cases) {
    const analysisStart = performance.now();
    const { summary } = analyzeArticle({ title, text: article, lang: null });
    crux.milliseconds.push(performance.now() - analysisStart);
    crux.scores.push(scoreRouge(reference, summary.join('\n')));

    const summarizerStart = performance.now();
    const alone = summarize(splitSentences(article), title, SUMMARY_SENTENCES);
    summarizer.milliseconds.push(performance.now() - summarizerStart);
    summarizer.scores.push(scoreRouge(reference, alone.join('\n')));

    const leadStart = performance.now();
    const opening = splitSentences(article).slice(0, LEAD_SENTENCES);
    lead.milliseconds.push(performance.now() - leadStart);
    lead.scores.push(scoreRouge(reference, opening.map((sentence) => sentence.text).join('\n')));
  }
  const rows = [
    ['system', 'ROUGE-1', 'ROUGE-2', 'ROUGE-Lsum', 'median ms per article'],
    ...[crux, summarizer, lead].map((system) => [
      system.name,
      meanF1(system.scores, 'rouge1'),
      meanF1(system.scores, 'rouge2'),
      meanF1(system.scores, 'rougeLsum'),
      median(system.milliseconds).toFixed(3),
    ]),
  ];
  const heading =
    `${cases.length} CNN articles (${SUMMARIES_FILE}), F1 ×100 against the story highlights ` +
    `(rouge-score rules, Porter-stemmed), Node ${process.version}. The analyzeArticle time includes people, ` +
    'quotes and numbers; the summarizer time is splitting plus summarising.';
  return {
    text: [heading, '', formatTable(rows)].join('\n'),
    markdown: [heading, '', markdownTable(rows)].join('\n'),
  };
}

function toCase(line: unknown): SummaryCase[] {
  if (typeof line !== 'object' || line === null) return [];
  const { title, article, reference } = line as Record<string, unknown>;
  if (typeof article !== 'string' || typeof reference !== 'string') return [];
  return [{ title: typeof title === 'string' ? title : '', article, reference }];
}

function meanF1(scores: RougeScores[], kind: keyof RougeScores): string {
  const total = scores.reduce((sum, score) => sum + score[kind].f1, 0);
  return ((100 * total) / Math.max(scores.length, 1)).toFixed(2);
}
