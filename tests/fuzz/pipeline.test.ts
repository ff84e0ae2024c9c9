/**
 * Random documents and texts through extraction and analysis: no exception escapes, every output keeps
 * the analyzer's JSON contract, and no output HTML carries a script, a handler or a script URL.
 */
import fc from 'fast-check';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../analysis';
import { MAX_NUMBERS } from '../../analysis/numbers';
import { MAX_PEOPLE } from '../../analysis/people';
import { MAX_QUOTES } from '../../analysis/quotes';
import type { ArticleText } from '../../analysis/types';
import { contractProblems } from '../unit-helpers/report-contract';
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

/** Generated hostile texts per shape: each is tens of thousands of characters, so a few dozen are enough. */
const HOSTILE_RUNS = 12;

/** Every bidirectional control the analysis strips from what it hands out. */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

const BIDI_CONTROLS = [
  '\u061c',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2069',
];

/** Quote marks of every kind the quote finder reads, opening and closing, to leave unclosed or unbalanced. */
const QUOTE_MARKS = ['“', '”', '"', '«', '»', '„', '‚', '‘', '’', "''", '「', '」'];

const GIVEN_NAMES = ['Anna', 'Boris', 'Clara', 'David', 'Elena', 'Farid', 'Greta', 'Hugo', 'Mary', 'Paul'];

/** A made-up capitalised word ("Qorvatenko"): a surname no lexicon knows. */
const madeUpName = fc
  .array(fc.constantFrom('ka', 'lo', 'mir', 'den', 'sa', 'vu', 'tor', 'bel', 'qui', 'ran', 'zo', 'nko'), {
    minLength: 2,
    maxLength: 5,
  })
  .map((syllables) => {
    const word = syllables.join('');
    return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
  });

/** A name written with a Cyrillic letter that looks Latin now and then ("Раul"). */
const givenName = fc
  .tuple(fc.constantFrom(...GIVEN_NAMES), fc.boolean())
  .map(([name, lookAlike]) => (lookAlike ? name.replace('P', 'Р').replace('a', 'а') : name));

/** A figure of any kind the key numbers read, and some they must not choke on. */
const figure = fc.oneof(
  fc.nat(99_999).map((n) => `$${n.toLocaleString('en')}`),
  fc.nat(200).map((n) => `${n}%`),
  fc.nat(99_999).map((n) => `${n} people`),
  fc.nat(999).map((n) => `€${n}m`),
  fc.nat(50).map((n) => `${n} million euros`),
  fc.integer({ min: 16, max: 400 }).map((length) => '7'.repeat(length)),
  fc.integer({ min: 2, max: 200 }).map((groups) => `1${',000'.repeat(groups)}`),
);

const hostileArticle = (text: fc.Arbitrary<string>): fc.Arbitrary<ArticleText> =>
  fc.record({
    title: fc.option(
      fc.constantFrom('Council \u202eapproves\u202c budget', 'Раul Smith speaks', 'A plain title'),
    ),
    text,
    lang: fc.option(fc.constantFrom('en', 'fr')),
  });

/** Texts built to be hard for one step of the analysis each, at sizes past every cap. */
const HOSTILE_SHAPES: Record<string, fc.Arbitrary<ArticleText>> = {
  'thousands of numbers in one sentence': hostileArticle(
    fc
      .tuple(fc.array(figure, { minLength: 500, maxLength: 4000 }), fc.constantFrom(', ', ' ', ' and '))
      .map(([figures, separator]) => `The budget lists ${figures.join(separator)}.`),
  ),
  'thousands of unclosed and unbalanced quote marks': hostileArticle(
    fc
      .tuple(
        fc.array(
          fc.tuple(fc.constantFrom(...QUOTE_MARKS), fc.constantFrom('word', 'Said', 'he', 'it’s', '')),
          {
            minLength: 1000,
            maxLength: 6000,
          },
        ),
        fc.constantFrom(' ', '\n', '\n\n', ''),
      )
      .map(([pieces, separator]) => pieces.map(([mark, word]) => `${mark}${word}`).join(separator)),
  ),
  'hundreds of distinct names': hostileArticle(
    fc
      .array(fc.tuple(givenName, madeUpName, fc.constantFrom(...BIDI_CONTROLS, '')), {
        minLength: MAX_PEOPLE + 100,
        maxLength: MAX_PEOPLE * 4,
      })
      .map((names) =>
        names.map(([given, surname, control]) => `${given} ${surname}${control} met the council.`).join(' '),
      ),
  ),
  'hundreds of quotes': hostileArticle(
    fc
      .array(fc.tuple(givenName, madeUpName, fc.nat(1000), fc.constantFrom(...BIDI_CONTROLS, '')), {
        minLength: MAX_QUOTES + 50,
        maxLength: MAX_QUOTES * 4,
      })
      .map((quotes) =>
        quotes
          .map(
            ([given, surname, n, control]) =>
              `“We will rebuild the ${control}embankment ${n} before the floods,” ${given} ${surname} said.`,
          )
          .join('\n\n'),
      ),
  ),
  'one very long sentence': hostileArticle(
    fc
      .array(fc.constantFrom(...WORDS.filter((word) => word !== '.')), { minLength: 5000, maxLength: 20_000 })
      .map((words) => words.join(' ')),
  ),
  'one very long word': hostileArticle(
    fc
      .tuple(fc.constantFrom('x', 'Ж', '1', '.', '“', 'Mr'), fc.integer({ min: 10_000, max: 100_000 }))
      .map(([piece, length]) => `${piece.repeat(Math.ceil(length / piece.length))} ended today.`),
  ),
};

describe('fuzzing analysis with hostile texts', () => {
  for (const [name, shape] of Object.entries(HOSTILE_SHAPES)) {
    it(`analyses ${name} into bounded insights that keep the contract`, () => {
      fc.assert(
        fc.property(shape, (input) => {
          const insights = analyzeArticle(input);
          expect(insights.people.length).toBeLessThanOrEqual(MAX_PEOPLE);
          expect(insights.quotes.length).toBeLessThanOrEqual(MAX_QUOTES);
          expect(insights.numbers.length).toBeLessThanOrEqual(MAX_NUMBERS);
          expect(JSON.stringify(insights)).not.toMatch(BIDI_CONTROL);
          const report = {
            title: input.title,
            byline: null,
            siteName: null,
            publishedTime: null,
            lang: input.lang,
            dir: null,
            excerpt: null,
            text: input.text || ' ',
            html: '<p></p>',
            wordCount: 0,
            readingMinutes: 1,
            ...insights,
          };
          expect(contractProblems(report)).toEqual([]);
        }),
        { numRuns: HOSTILE_RUNS },
      );
    }, 240_000);
  }
});
