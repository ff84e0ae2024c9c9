import type { Sentence } from '../sentences';
import { SPEAKER_PRONOUNS } from '../lexicon';
import type { QuotedPiece } from '../quote-marks';
import { SAYING_VERB_IN_CLAUSE, SAYING_VERB_WORD } from './patterns';
import {
  type Attribution,
  type Context,
  firstMentionFrom,
  type FoundQuote,
  sentenceAt,
  type VerbSubject,
} from './context';
import { attributionOf, recentPerson, resolveSpeaker } from './speakers';
import { withoutAsides } from './attribution';

/**
 * A quote with no attribution of its own keeps the speaker of the quote just before it: in the same
 * paragraph, or in the paragraph before when it opens its paragraph (a speech quoted paragraph by paragraph).
 */
export function continuedSpeaker(
  context: Context,
  piece: QuotedPiece,
  previous: FoundQuote | null,
): Attribution | null {
  if (previous === null) return null;
  const sameParagraph = previous.paragraph === piece.paragraph;
  const nextParagraph = previous.paragraph === piece.paragraph - 1 && piece.opensParagraph;
  if (!sameParagraph && !nextParagraph) return null;
  if (nextParagraph && sentenceSubject(context, piece) !== null) return null;
  return { speaker: previous.speaker, role: previous.role, person: previous.person };
}

/** For a quote worked into a sentence (`Trump told them to "go vote"`), the sentence's subject. */
export function sentenceSubject(context: Context, piece: QuotedPiece): Attribution | null {
  const sentence = sentenceAt(context.sentences, piece.start);
  if (sentence === undefined || sentence.start === piece.start) return null;
  return subjectBefore(context, sentence, piece.start);
}

/**
 * For a quote opening a sentence with no attribution of its own, the subject of the sentence before
 * it in the same paragraph (`Schiff said the White House may wait. "The other factor is …"`).
 */
export function precedingSubject(context: Context, piece: QuotedPiece): Attribution | null {
  const { text, sentences } = context;
  const sentence = sentenceAt(sentences, piece.start);
  if (sentence === undefined || text.slice(sentence.start, piece.start).trim() !== '') return null;
  const previous = sentences[sentence.index - 1];
  if (previous === undefined || previous.paragraph !== sentence.paragraph) return null;
  return subjectBefore(context, previous, previous.end);
}

/**
 * The subject of a sentence up to a position: the subject of its saying verb, else the first person
 * it names, else the person its opening he or she stands for.
 */
function subjectBefore(context: Context, sentence: Sentence, end: number): Attribution | null {
  const { found } = context;
  const verb = verbSubject(context, sentence);
  if (verb !== null && verb.end <= end && verb.speaker !== null) return verb.speaker;
  const named = found.mentions[firstMentionFrom(found.mentions, sentence.start)];
  if (named !== undefined && named.end <= end) return attributionOf(named.person, found, null);
  const opener = /^(\p{L}+)(?:[’']s)?\s/u.exec(sentence.text)?.[1]?.toLowerCase() ?? '';
  const pronoun = SPEAKER_PRONOUNS.get(opener);
  if (pronoun === undefined || pronoun === 'any') return null;
  const person = recentPerson(context, sentence.start, pronoun);
  return person === null ? null : attributionOf(person, found, null);
}

/**
 * The first saying verb of a sentence and the speaker of its subject, read once per sentence: each quote
 * in a sentence asks for it, so reading it again up to each quote would cost the sentence's length per
 * quote. The sentence is read whole, its asides blanked, and the verb counts for the quotes after it.
 */
function verbSubject(context: Context, sentence: Sentence): VerbSubject | null {
  const known = context.verbSubjects.get(sentence.index);
  if (known !== undefined) return known;
  const cleaned = withoutAsides(sentence.text);
  const verb = SAYING_VERB_WORD.test(cleaned) ? SAYING_VERB_IN_CLAUSE.exec(cleaned) : null;
  let subject: VerbSubject | null = null;
  if (verb !== null) {
    const subjectStart = sentence.start + clauseStartBefore(cleaned, verb.index);
    const verbStart = sentence.start + verb.index;
    subject = {
      end: verbStart + verb[0].length,
      // The subject stands before the verb, so the quote's own place does not change whom a pronoun fits.
      speaker: resolveSpeaker(context, subjectStart, verbStart, verbStart, null),
    };
  }
  context.verbSubjects.set(sentence.index, subject);
  return subject;
}

/** Where the clause holding `end` starts: after the last comma, semicolon or colon before it. */
function clauseStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && !/[,;:]/u.test(text.charAt(start - 1))) start -= 1;
  return start;
}
