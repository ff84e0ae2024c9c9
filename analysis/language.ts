/** The commonest English function words; how often they occur tells English from other languages. */
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the',
  'of',
  'and',
  'to',
  'is',
  'that',
  'for',
  'it',
  'was',
  'on',
  'with',
  'as',
  'he',
  'she',
  'be',
  'at',
  'by',
  'this',
  'have',
  'from',
  'are',
  'his',
  'her',
  'said',
  'not',
  'but',
  'they',
  'has',
  'were',
  'an',
  'which',
  'will',
  'their',
  'had',
  'been',
  'who',
  'would',
  'its',
  'after',
  'over',
]);

/** The commonest function words of the other languages Crux meets most (German, French, Spanish, Italian, Portuguese, Dutch). */
const OTHER_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'der',
  'die',
  'das',
  'und',
  'ist',
  'nicht',
  'mit',
  'sich',
  'auf',
  'für',
  'dem',
  'den',
  'ein',
  'eine',
  'auch',
  'sie',
  'wird',
  'wurde',
  'le',
  'les',
  'des',
  'et',
  'est',
  'une',
  'du',
  'dans',
  'pour',
  'qui',
  'que',
  'sur',
  'pas',
  'avec',
  'il',
  'elle',
  'au',
  'aux',
  'el',
  'los',
  'las',
  'y',
  'por',
  'con',
  'para',
  'una',
  'del',
  'es',
  'lo',
  'che',
  'di',
  'della',
  'gli',
  'sono',
  'per',
  'não',
  'em',
  'uma',
  'os',
  'het',
  'een',
  'van',
  'niet',
  'zijn',
  'met',
  'ook',
]);

/** Share of function words that must be English for an untagged text to count as English. */
const ENGLISH_SHARE = 0.6;

/** Fewest function words needed before the share is trusted; tables and lists have few and count as English. */
const MIN_FUNCTION_WORDS = 5;

/** A run of letters: a word, for counting function words. */
const LETTERS = /\p{L}+/gu;

/** True when the article is English: its language tag says so, or (untagged) its function words are English. */
export function isEnglish(text: string, lang: string | null): boolean {
  if (lang !== null && lang.trim() !== '') return /^en(?:$|[-_])/i.test(lang.trim());
  let english = 0;
  let other = 0;
  for (const [word] of text.toLowerCase().matchAll(LETTERS)) {
    if (ENGLISH_FUNCTION_WORDS.has(word)) english += 1;
    if (OTHER_FUNCTION_WORDS.has(word)) other += 1;
  }
  if (english + other < MIN_FUNCTION_WORDS) return true;
  return english / (english + other) >= ENGLISH_SHARE;
}
