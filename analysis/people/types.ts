import type { Person } from '../types';

/** A person as the analysis tracks them: the public fields plus what ranking and quotes need. */
export interface TrackedPerson extends Person {
  gender: 'male' | 'female' | null;
  /** Index of the sentence that first names them. */
  firstSentence: number;
  /** True when the article's title names them. */
  inTitle: boolean;
  /** The words of the name, used to match later short mentions. */
  nameWords: string[];
  /** The name's words as compared: look-alike letters read as Latin ones, so "Раul" is "Paul". */
  nameKeys: string[];
  /** How often each surface form (the aliases) was seen: the name shown is the one most used. */
  surfaceCounts: Map<string, number>;
  /** A nickname written in quote marks inside the name (Marguerite “Peg” Voss), by which the text may name them alone. */
  nickname?: string;
  /** The place in `PeopleInText.mentions` of their latest mention so far, when a namesake must be chosen. */
  latestMention: number;
}

/** Where in the text a person is named, pointing into `PeopleInText.people`. */
export interface PersonMention {
  start: number;
  end: number;
  person: number;
}

/** Everyone the article names, with every place it names them, in text order. */
export interface PeopleInText {
  people: TrackedPerson[];
  mentions: PersonMention[];
}

export interface NameCandidate {
  /** The name's words as written, possessive dropped (a word mixing scripts in its Latin form). */
  words: string[];
  /** The name exactly as the text spells it ("J. K. Rowling"), possessive dropped. */
  surface: string;
  start: number;
  end: number;
  sentence: number;
  /** True when a title or courtesy title stands before it ("Dr. Ng", "President Obama"). */
  titled: boolean;
  /** True when the name is a person on its own evidence; otherwise only if it matches a known surname. */
  standsAlone: boolean;
  /**
   * True when the name has the shape of a person's name but nothing yet says it is one ("Dolby
   * Vision", "Harbourside Amphitheatre" look the same as "Ngozi Okafor"): it stands alone only if the
   * text says so of this name somewhere (see `withEvidence`).
   */
  needsEvidence: boolean;
  /** True when the words around this mention say a person is meant: a role, an age, a verb of speech. */
  evidenced: boolean;
  /** A single word that names a person only with strong evidence, or a verb and a given name ("Sally said"). */
  singleWithEvidence: boolean;
  /** True when the name opens its sentence, where ordinary words are capitalised too. */
  opensSentence: boolean;
  role: string | null;
  gender: 'male' | 'female' | null;
  /** A nickname in quote marks inside the name ("Peg" in Marguerite “Peg” Voss). */
  nickname?: string;
}
