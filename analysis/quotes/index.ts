import type { Quote } from '../types';
import type { Sentence } from '../sentences';
import type { PeopleInText } from '../people';
import { quotedPieces } from '../quote-marks';
import { type Context, type FoundQuote, isInsideQuote, latestFitting, mentionsByRoleWord } from './context';
import { attributionClauseAfter, speakerAfter, speakerBefore, speakerBetween } from './attribution';
import { continuedSpeaker, precedingSubject, sentenceSubject } from './subjects';
import { cleanQuoteText, groupQuotes, isWorkedIn, joinPieces } from './pieces';
import { isStatement, rankQuotes } from './ranking';

export { MAX_QUOTES } from './ranking';

/** Finds the article's direct quotes and who said them, most important first, at most MAX_QUOTES. */
export function findQuotes(text: string, sentences: Sentence[], found: PeopleInText): Quote[] {
  const pieces = quotedPieces(text);
  const spokenOf = found.mentions.filter((mention) => !isInsideQuote(pieces, mention));
  const context: Context = {
    text,
    sentences,
    found,
    pieces,
    spokenOf,
    latestFitting: {
      male: latestFitting(found, spokenOf, 'male'),
      female: latestFitting(found, spokenOf, 'female'),
    },
    mentionsByRoleWord: mentionsByRoleWord(found),
    verbSubjects: new Map(),
  };
  const quotes: FoundQuote[] = [];
  let previous: FoundQuote | null = null;
  for (const group of groupQuotes(context)) {
    const first = group[0];
    const last = group[group.length - 1];
    if (first === undefined || last === undefined) continue;
    const introduced = speakerBefore(context, first);
    const after = attributionClauseAfter(context, last);
    // `he announced: "The cows like the loud songs best." His mother confirmed that …`: a quote a
    // clause introduced and that ends its sentence is that clause's; the next sentence is another's.
    const complete =
      introduced !== null && /[.!?]['’]?$/u.test(text.slice(last.innerStart, last.innerEnd).trimEnd());
    const speaker =
      speakerBetween(context, group) ??
      (complete ? introduced : null) ??
      speakerAfter(context, last, after) ??
      introduced ??
      // A quote its own words give to someone the text does not name ("she said" of an unnamed
      // sister) is nobody's: the sentences around it are not asked to name someone else.
      (after !== null
        ? null
        : (continuedSpeaker(context, first, previous) ??
          sentenceSubject(context, first) ??
          precedingSubject(context, first)));
    const quote: FoundQuote = {
      text: cleanQuoteText(joinPieces(group.map((piece) => text.slice(piece.innerStart, piece.innerEnd)))),
      start: first.start,
      paragraph: last.paragraph,
      speaker: speaker?.speaker ?? null,
      role: speaker?.role ?? null,
      person: speaker?.person ?? null,
    };
    previous = quote.speaker === null ? previous : quote;
    if (isStatement(quote, introduced === null && isWorkedIn(context, first))) quotes.push(quote);
  }
  return rankQuotes(quotes, found, text.length);
}
