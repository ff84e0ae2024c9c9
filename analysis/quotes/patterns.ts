import { SAYING_VERBS } from '../lexicon';

/** How far after a quote its attribution may run ("," the foreign ministry said in a statement). */
export const ATTRIBUTION_AFTER_CHARS = 200;

/** How far before a quote the clause introducing it is read (Merkel told reporters on Monday that "…"). */
export const ATTRIBUTION_BEFORE_CHARS = 200;

/** How many words a speaker written as a phrase may have ("a spokesman for the ministry"). */
export const MAX_SPEAKER_WORDS = 8;

/** How many words a role set off by commas may have ("the Republican attorney general of Oklahoma"). */
export const MAX_ROLE_WORDS = 12;

const SAYING_VERB_PATTERN = [...SAYING_VERBS].join('|');

/** Adverbs and auxiliaries that may stand between a speaker and the saying verb ("Merkel flatly said"). */
const ADVERB = String.raw`(?:(?:also|later|then|once|has|had|would|again|further|\p{Ll}{2,}ly)\s+)*`;

/** Quote marks, which no speaker phrase contains. */
const MARKS = `"“”«»„‚‘「」`;

/** Words after which a speaker phrase that follows its verb ends ("said the ministry in a statement"). */
const PHRASE_STOPS = String.raw`(?:in|on|at|who|whose|which|during|after|before|while|when|as|to|from|with|via|through|about|last|this|recently|earlier|told|adding|referring)`;

/** `"…," said Merkel` / `"…," said the ministry, adding …`: the verb first, then the speaker. */
export const VERB_THEN_SPEAKER = new RegExp(
  String.raw`^(?:${SAYING_VERB_PATTERN})\s+(.+?)(?=\s*[,.;:!?—–(]|\s+${PHRASE_STOPS}\b|$)(?:,\s+([^,.;:!?${MARKS}]+?)(?=\s*[,.;:!?]|$))?`,
  'u',
);

/**
 * `"…," Merkel said` / `"…," Scott Pruitt, the state's attorney general, said`: speaker, then verb. A
 * lower-case appositive may run to the verb without a closing comma ("Kaplan, a collector of games,
 * cards, and books says"): the role is the second or the third group.
 */
export const SPEAKER_THEN_VERB = new RegExp(
  String.raw`^([^,.;:!?${MARKS}]+?)(?:,\s+([^.;:!?${MARKS}]{1,160}?),|,\s+(?=\p{Ll})([^.;:!?${MARKS}]{1,160}?))?\s+${ADVERB}(?:${SAYING_VERB_PATTERN})\b`,
  'u',
);

/** `"…" ― Jane Doe`: a dash and the speaker's name after the quote, as in collected reader comments. */
export const DASH_THEN_SPEAKER = /^[―—–-]+\s*([\p{Lu}][^,.;:!?"“”«»\n]{1,60}?)\s*(?=$|[,.;\n])/u;

/** A title or initial whose dot does not end a clause ("Mr.", "Sen.", "J.", "Wash."). */
export const ABBREVIATION_DOT =
  /\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Sens|Rep|Reps|Del|Gov|Gen|Lt|Col|Capt|Sgt|Rev|St|Jr|Sr|Calif|Wash|Mass|Fla|Ariz|Conn|Mich|Minn|Penn|Va|Tenn|Ky|Ill|Mo|Ind|Wis|Ore|Colo|\p{Lu})\.(?=\s*[\p{Lu}\p{Ll},])/gu;

/** Stands in for a hidden abbreviation dot: one character, so offsets do not move. */
export const HIDDEN_DOT = '\u2024';

/** `Merkel said: "…"` / `Merkel told reporters on Monday that "…"`: the speaker's clause ends at the quote. */
export const SPEAKER_BEFORE_QUOTE = new RegExp(
  String.raw`\s*([^,;:${MARKS}]+?)(?:,\s+([^;:${MARKS}]{1,160}?),)?\s+${ADVERB}(?:${SAYING_VERB_PATTERN})(?:\s+[\p{L}\p{N}’'${HIDDEN_DOT}-]+){0,6}?(?:\s+that)?\s*[,:]?\s*$`,
  'uy',
);

/** `according to Merkel, "…"`. */
export const ACCORDING_TO_BEFORE_QUOTE = new RegExp(
  String.raw`according to\s+([^,;:${MARKS}]+?)\s*,?\s*$`,
  'iu',
);

/** A saying verb anywhere: a quick test that skips the slower speaker patterns on clauses without one. */
export const SAYING_VERB_WORD = new RegExp(String.raw`\b(?:${SAYING_VERB_PATTERN})\b`, 'u');

/** A saying verb anywhere in a clause, for the subject of a sentence that works a quote in. */
export const SAYING_VERB_IN_CLAUSE = new RegExp(String.raw`\s+${ADVERB}(?:${SAYING_VERB_PATTERN})\b`, 'u');

/** Words that open a clause, not a role, after a speaker and a comma ("the senator, who chairs …"). */
export const NOT_A_ROLE =
  /^(?:who|whose|which|where|when|while|adding|saying|noting|referring|according|speaking|in|on|at|during|after|before|and|but|as)\b/iu;

/** Words that cannot be a speaker on their own. */
export const NOT_A_SPEAKER =
  /^(?:i|we|you|it|this|that|there|these|those|who|which|what|and|but|or|so|then|also|yet)$/iu;

/** A phrase opening with a preposition says where or to whom ("to the crowd", "in a talk with Stone"), not who. */
export const PREPOSITION_OPENER = /^(?:to|in|on|at|from|with|for|during|after|before|about|into|through)\s/iu;

/** A phrase opening with a participle continues a clause ("going on to say"); it names no speaker. */
export const PARTICIPLE_OPENER = /^\p{Ll}+ing\b/u;

/** A name as written, capitalised words only ("Marcia Price"), for a name the people list missed. */
export const WRITTEN_NAME = /^\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,3}$/u;

/** Connectives dropped from the front of a speaker phrase ("and Merkel said"). */
export const LEADING_CONNECTIVE =
  /^(?:(?:and|but|as|so|then|while|when|also|meanwhile|which|who|whom|where|that|because|although|though|if|once|instead|still|yet|later|now|finally|again)\s+)+/iu;

/** A relative pronoun left at the end of a speaker phrase ("the Nevada Republican who wrote it"). */
export const TRAILING_RELATIVE = /\s+(?:who|whom|that|which)$/iu;

/** An age standing for a person named just before: "the 26-year-old", "the 81-year-old widow". */
export const AGE_DESCRIPTION = /^the\s+\d{1,3}-year-old(?:\s+\p{Ll}[\p{Ll}-]*){0,3}$/iu;

/** A pronoun followed only by an adverb: "He instead", "she later", "they also". */
export const PRONOUN_AND_ADVERB =
  /^(he|she|they)\s+(?:\p{Ll}+ly|instead|also|then|later|again|too|now|still|once|first|even|never|always|often)$/iu;

/** Words of time that close a speaker phrase ("officials last week", "the mayor on Monday"). */
export const TRAILING_TIME =
  /\s+(?:(?:last|this|next|on|early|late|earlier|later)\s+(?:week|month|year|night|morning|afternoon|evening|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)|yesterday|today|tonight|recently|earlier|later|again|previously|already)$/iu;

/** A phrase that is only a time: "last week", "on Monday", "yesterday". */
export const ONLY_TIME =
  /^(?:(?:last|this|next|on|early|late|earlier|later)\s+)?(?:week|month|year|night|morning|afternoon|evening|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today|tonight|recently)$/iu;
