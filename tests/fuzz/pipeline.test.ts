/**
 * Random documents and texts through extraction and analysis: no exception escapes, every output keeps
 * the analyzer's JSON contract, and no output HTML carries a script, a handler or a script URL.
 */
import fc from 'fast-check';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../analysis';
import { contractProblems } from '../../cli/report-contract';
import { extractArticle } from '../../extraction/extract';

/** Generated documents per run: each goes through jsdom, so a thousand take seconds, not minutes. */
const DOCUMENT_RUNS = 1000;
/** Generated texts per run: analysis alone is fast. */
const TEXT_RUNS = 3000;

const WORDS = [
  'the',
  'council',
  'said',
  'Mayor',
  'Elena',
  'Vasquez',
  '“',
  '”',
  '"',
  '«',
  '»',
  'Mr.',
  'Dr.',
  'U.S.',
  '$48',
  'million',
  '40%',
  '3,200',
  'people',
  'told',
  'reporters',
  'according',
  'to',
  'he',
  'she',
  '.',
  ',',
  '—',
  ':',
  'Berlin',
  'Reuters',
  'Ukraine',
  'Monday',
  'PARIS',
  '(CNN)',
  '--',
  'Read',
  'more',
  'تقول',
  'الحكومة',
  'Merkel',
  "Merkel's",
  'Bush',
  'Laura',
  'George',
  '\n',
  '\n\n',
  '  ',
  '‘',
  '’',
  '„',
];
const word = fc.constantFrom(...WORDS);
const text = fc.array(word, { maxLength: 60 }).map((words) => words.join(' '));

/** Markup an attacker or a broken page might hold, beside ordinary article markup. */
const HOSTILE = [
  '<script>mark()</script>',
  '<img src=x onerror="mark()">',
  '<a href="javascript:mark()">link</a>',
  '<svg onload="mark()"><script>mark()</script></svg>',
  '<iframe srcdoc="<script>mark()</script>"></iframe>',
  '<math><mtext><table><mglyph><style><img src=x onerror=mark()></style></mglyph></table></mtext></math>',
  '<template><img src=x onerror=mark()></template>',
  '<noscript><p title="</noscript><img src=x onerror=mark()>"></noscript>',
  '<form id="__marks"><input name="attributes"></form>',
  '<a href="data:text/html,<script>mark()</script>">data</a>',
  '<div style="background:url(javascript:mark())">styled</div>',
  '<base href="javascript:mark()//">',
  '<object data="javascript:mark()"></object>',
  '<p onmouseover="mark()">hover</p>',
  '</p></div></article>',
  '<!-- unclosed comment',
];
const TAGS = [
  'p',
  'div',
  'article',
  'section',
  'h1',
  'h2',
  'blockquote',
  'ul',
  'li',
  'figure',
  'table',
  'pre',
  'span',
  'a',
  'b',
];
const CLASSES = ['', 'share', 'related', 'story-body', 'content', 'comments', 'ad', 'newsletter', 'byline'];

const element: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.constantFrom(...HOSTILE),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.constantFrom(...CLASSES), fc.array(tie('node'), { maxLength: 5 }))
      .map(([tag, className, children]) => `<${tag} class="${className}">${children.join('')}</${tag}>`),
  ),
})).node;

const page = fc
  .tuple(text, fc.array(element, { maxLength: 12 }))
  .map(
    ([title, body]) =>
      `<!doctype html><html><head><title>${title}</title></head><body>${body.join('')}</body></html>`,
  );

/** What a sanitised article must never hold. */
const UNSAFE_HTML = /<script|<iframe|<object|<embed|<base|\son[a-z]+\s*=|javascript:|srcdoc|<style/i;

describe('fuzzing extraction and analysis', () => {
  it(`extracts ${DOCUMENT_RUNS} generated pages without an exception or unsafe output`, () => {
    fc.assert(
      fc.property(page, fc.boolean(), (html, force) => {
        const dom = new JSDOM(html, {
          url: 'https://fuzz.example/story',
          virtualConsole: new VirtualConsole(),
        });
        try {
          const result = extractArticle(dom.window.document, dom.window, { force });
          if (!result.ok) {
            expect(['not-article', 'empty', 'too-large']).toContain(result.reason);
            return;
          }
          expect(result.article.html).not.toMatch(UNSAFE_HTML);
          const report = { ...result.article, ...analyzeArticle(result.article) };
          expect(contractProblems(report)).toEqual([]);
        } finally {
          dom.window.close();
        }
      }),
      { numRuns: DOCUMENT_RUNS },
    );
  }, 240_000);

  it(`analyses ${TEXT_RUNS} generated texts into insights that keep the contract`, () => {
    fc.assert(
      fc.property(
        fc.option(text),
        text,
        fc.option(fc.constantFrom('en', 'fr', 'de', 'ar', 'ja')),
        (title, body, lang) => {
          const insights = analyzeArticle({ title, text: body, lang });
          const report = {
            title,
            byline: null,
            siteName: null,
            publishedTime: null,
            lang,
            dir: null,
            excerpt: null,
            text: body || ' ',
            html: '<p></p>',
            wordCount: 0,
            readingMinutes: 1,
            ...insights,
          };
          expect(contractProblems(report)).toEqual([]);
        },
      ),
      { numRuns: TEXT_RUNS },
    );
  }, 120_000);
});
