/** A news dateline ending in an agency tag: "LONDON, England (CNN) --", "BEIJING (Reuters) -". */
const AGENCY_DATELINE = /^[^()]{0,60}?\(\s*[\p{Lu}][\p{L} .&]{0,24}\)\s*(?:--|—|–|-)\s*/u;

/** A plain dateline: a place in capitals, maybe a region after a comma, then a dash ("PARIS —", "NEW YORK, N.Y. --"). */
const PLACE_DATELINE =
  /^\p{Lu}[\p{Lu}.'’-]+(?:\s\p{Lu}[\p{Lu}.'’-]*){0,3}(?:,\s?[\p{L}. ]{1,30})?\s(?:--|—|–)\s*/u;

/** Sentences that open as page furniture rather than story: links, credits, sign-ups, timestamps, captions. */
const FURNITURE_OPENING =
  /^(?:(?:video|watch|more|related|see also|above|below|left|right|top|bottom|inset|main picture|main image|clockwise from (?:top )?left|from left)\s*:|©|(?:read more|scroll down|last updated|read the rest|subscribe|sign up|log in|click here|follow (?:us|him|her)|photo|photograph|image|picture|pictured|caption|getty images|ap photo|file photo|credit|copyright|all rights reserved|updated|posted|published|last modified|share (?:this|on)|advertisement|already a subscriber)\b)/iu;

/** Furniture that can stand anywhere in a line: a clock time with a zone, a photo credit, a newsletter prompt. */
const FURNITURE_ANYWHERE =
  /\b\d{1,2}:\d{2}\s?(?:[ap]\.?m\.?)?\s*(?:ET|GMT|EST|EDT|BST|UTC|CET)\b|\((?:AP|Reuters|AFP|Getty)[^)]*\)\s*$|\b(?:getty images|ap photo|sign up for (?:our|the) |subscribe to (?:our|the) |to continue reading|this content is (?:for|only)|add a (?:new )?comment|leave a (?:reply|comment)|post a comment|enter your (?:information|details|email))/iu;

/**
 * A photo caption in a paragraph of its own, by the marks any newsroom's captions carry: a place in the
 * picture (", left,", "(right)", "from left"), the photo itself ("pictured", ", shown working"), or
 * the date the picture was taken after a comma at the end (", June 28, 2012.").
 */
const CAPTION_MARKS = new RegExp(
  [
    String.raw`,\s(?:left|right|centre|center|top|bottom|above|below|inset|second (?:left|right)),`,
    String.raw`\((?:left|right|centre|center|top|bottom|above|below|inset|pictured|main picture|file|l|r)\)`,
    String.raw`\b(?:from|far) (?:left|right)\b`,
    String.raw`,\s(?:pictured|shown|seen)(?:\s(?:here|above|below|left|right))?(?:,|\s(?:with|in|at|on|during|outside|inside|\p{L}+ing)\b)`,
    String.raw`,\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s\d{1,2},\s\d{4}\.?$`,
  ].join('|'),
  'iu',
);

/** A byline: "By" and a name of two to four capitalised words, then a comma, a bar, "and" or the end. */
const BYLINE = /^[Bb]y\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*(?:,|\||\band\b|$)/u;

/** Fewest words a summary sentence needs; shorter ones are captions, headings or fragments. */
const MIN_SUMMARY_WORDS = 6;

/** A story sentence ends as prose does: a full stop, question or exclamation mark, maybe inside a quote. */
const PROSE_ENDING = /[.!?…]["'”’»)]*$/u;

/**
 * A demonstrative that points back to something named before ("That decision", "These measures"), as a
 * pattern's source: "this year" and its like point to a time, not back. Summary and key numbers share it.
 */
export const DEMONSTRATIVE_POINTING_BACK = String.raw`(?:this|that|these|those)(?!\s+(?:year|week|month|season|spring|summer|autumn|fall|winter|morning|afternoon|evening|time)\b)`;

/** A sentence ending in a question mark, maybe inside a quote: a question, not a statement of the story. */
const QUESTION_ENDING = /\?["'”’»)]*$/u;

/** Whether the sentence asks a question (of the reader, or in a quote) rather than telling the story. */
export function isQuestion(text: string): boolean {
  return QUESTION_ENDING.test(text);
}

/** The sentence without an agency dateline ("(CNN) --"), which never belongs in a summary. */
export function withoutAgencyDateline(text: string): string {
  return text.replace(AGENCY_DATELINE, '').trim();
}

/** The sentence without a plain dateline ("PARIS —"), for every summary sentence after the first. */
export function withoutPlaceDateline(text: string): string {
  return text.replace(PLACE_DATELINE, '').trim();
}

/** Whether a sentence is story prose a summary may quote, not a caption, credit, byline or prompt. */
export function isStorySentence(text: string): boolean {
  if (!hasWordsWithLetters(text, MIN_SUMMARY_WORDS)) return false;
  if (FURNITURE_OPENING.test(text) || FURNITURE_ANYWHERE.test(text) || BYLINE.test(text)) return false;
  if (CAPTION_MARKS.test(text)) return false;
  return PROSE_ENDING.test(text);
}

/** True when the text holds at least `count` words with a letter; reads only as far as it needs. */
function hasWordsWithLetters(text: string, count: number): boolean {
  let found = 0;
  for (const [word] of text.matchAll(/\S+/gu)) {
    if (/\p{L}/u.test(word)) found += 1;
    if (found >= count) return true;
  }
  return false;
}
