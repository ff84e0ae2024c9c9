import { readabilityTestPages } from './cli/bench/data';
import { parsePage } from './cli/node-page';
import { extractArticle } from './extraction/extract';
import { analyzeArticle } from './analysis';
const pages = readabilityTestPages();
for (const page of pages) {
  const t0 = performance.now();
  const dom = parsePage(page.html, page.url);
  const t1 = performance.now();
  const stages: Record<string, number> = {};
  const r = extractArticle(dom.window.document, dom.window, { force: true, onStage: (s, ms) => { stages[s] = Math.round(ms); } });
  const t2 = performance.now();
  let an = 0;
  if (r.ok) { const a = performance.now(); analyzeArticle({ title: r.article.title, text: r.article.text, lang: r.article.lang }); an = performance.now() - a; }
  dom.window.close();
  const mem = Math.round(process.memoryUsage().heapUsed / 1e6);
  if (t2 - t0 + an > 300) console.log(page.name, 'parse', Math.round(t1 - t0), JSON.stringify(stages), 'analysis', Math.round(an), 'words', r.ok ? r.article.wordCount : 0, 'heap', mem);
}
console.log('heap end', Math.round(process.memoryUsage().heapUsed / 1e6));
