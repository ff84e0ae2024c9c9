import type { Sentence } from '../sentences';
import { SPEAKER_PRONOUNS } from '../lexicon';
import type { QuotedPiece } from '../quote-marks';
import { SAYING_VERB_IN_CLAUSE, SAYING_VERB_WORD, SPEAKER_THEN_VERB } from './patterns';
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
  const nextParagraph =
    piece.opensParagraph &&
    previous.paragraph < piece.paragraph &&
    onlyCaptionsBetween(context.sentences, previous.paragraph, piece.paragraph, piece.start);
  if (!sameParagraph && !nextParagraph) return null;
  if (nextParagraph && sentenceSubject(context, piece) !== null) return null;
  return { speaker: previous.speaker, role: previous.role, person: previous.person };
}

/** Most caption lines read past between two paragraphs of one speaker's words. */
const MAX_CAPTIONS_BETWEEN = 2;

/** A line that ends as a sentence does: a stop, a question or exclamation mark, maybe inside quote marks. */
const ENDS_AS_SENTENCE = /[.!?…:]['"’”)\]]*$/u;

/**
 * True when nothing but captions and subheadings stands between two paragraphs: lines that end
 * without a stop ("Hori Parata at his farm, where he was born"), which a page sets between the
 * paragraphs of one quoted speaker as it sets pictures; a line of prose ends as a sentence. The
 * paragraphs between are walked back from the quote's own sentence, not looked for from the start.
 */
function onlyCaptionsBetween(
  sentences: Sentence[],
  before: number,
  after: number,
  position: number,
): boolean {
  if (after - before - 1 > MAX_CAPTIONS_BETWEEN) return false;
  if (after - before === 1) return true;
  for (let index = (sentenceAt(sentences, position)?.index ?? 0) - 1; index >= 0; index -= 1) {
    const sentence = sentences[index];
    if (sentence === undefined || sentence.paragraph <= before) return true;
    const endsItsParagraph = sentences[index + 1]?.paragraph !== sentence.paragraph;
    if (endsItsParagraph && sentence.paragraph < after && ENDS_AS_SENTENCE.test(sentence.text.trimEnd()))
      return false;
  }
  return true;
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
  if (previous === undefined) return null;
  if (previous.paragraph === sentence.paragraph) return subjectBefore(context, previous, previous.end);
  // A paragraph of quote alone after a named person's words reported ("O'Dowd said the truth may
  // not be either extreme." then "“The honest answer is …”"): theirs, said on.
  if (!piece.opensParagraph || previous.paragraph !== sentence.paragraph - 1 || /["“”]/u.test(previous.text))
    return null;
  const reported = verbSubject(context, previous)?.speaker;
  return reported?.person === null || reported?.person === undefined ? null : reported;
}

/**
 * The subject of a sentence up to a position: the subject of its saying verb, else the first person
 * it names, else the person its opening he or she stands for.
 */
function subjectBefore(context: Context, sentence: Sentence, end: number): Attribution | null {
  const { found } = context;
  const verb = verbSubject(context, sentence);
  if (verb !== null && verb.end <= end && verb.speaker !== null) return verb.speaker;
  const named = found.mentions[firstMentionFrom(found.mentions, mainClauseStart(sentence))];
  if (named !== undefined && named.end <= end) return attributionOf(named.person, found, null);
  const opener = /^(\p{L}+)(?:[’']s)?\s/u.exec(sentence.text)?.[1]?.toLowerCase() ?? '';
  const pronoun = SPEAKER_PRONOUNS.get(opener);
  if (pronoun === undefined || pronoun === 'any') return null;
  const person = recentPerson(context, sentence.start, pronoun);
  return person === null ? null : attributionOf(person, found, null);
}

/** A clause a sentence opens with that is not its main one: "When Simmons walked out, the man …". */
const LEADING_SUBORDINATE =
  /^(?:When|After|Before|As|While|If|Although|Though|Because|Since|Once|Until|Unless|Whenever)\s[^,]{1,120},\s/u;

/** Where a sentence's main clause starts: after a leading subordinate clause, whose subject is not the sentence's. */
function mainClauseStart(sentence: Sentence): number {
  return sentence.start + (LEADING_SUBORDINATE.exec(sentence.text)?.[0].length ?? 0);
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
    let subjectStart = sentence.start + clauseStartBefore(cleaned, verb.index);
    let verbStart = sentence.start + verb.index;
    // "Marcus O'Dowd, an astrophysicist at Caledon, said …": the subject before the appositive.
    const setOff =
      cleaned.slice(subjectStart - sentence.start, verb.index).trim() === ''
        ? SPEAKER_THEN_VERB.exec(cleaned)
        : null;
    const role = setOff?.[2] ?? setOff?.[3] ?? null;
    if (setOff?.[1] !== undefined) {
      subjectStart = sentence.start;
      verbStart = sentence.start + setOff[1].length;
    }
    subject = {
      end: sentence.start + verb.index + verb[0].length,
      // The subject stands before the verb, so the quote's own place does not change whom a pronoun fits.
      speaker: resolveSpeaker(context, subjectStart, verbStart, verbStart, role?.trim() ?? null),
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
