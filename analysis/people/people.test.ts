import { describe, it, expect } from 'vitest';
import { splitSentences } from '../sentences';
import { findPeople, MAX_PEOPLE, rankPeople } from './index';

function people(text: string, lang: string | null = null) {
  const found = findPeople(splitSentences(text), null, lang);
  return rankPeople(found.people, new Map());
}

describe('findPeople', () => {
  it('merges every mention under the fullest name, possessives stripped', () => {
    const [merkel] = people(
      'Chancellor Angela Merkel arrived on Monday. Merkel said the talks went well. Merkel’s aides agreed.',
    );
    expect(merkel).toEqual({
      name: 'Angela Merkel',
      role: 'Chancellor',
      mentions: 3,
      aliases: ['Angela Merkel', 'Merkel'],
    });
  });

  it('reads a role from a title before the name or an appositive after it', () => {
    const found = people(
      'German Chancellor Angela Merkel met John Smith, a Canadian nurse, in Berlin. Later Peter Hale, Britain’s ambassador, joined them.',
    );
    expect(found.map((person) => [person.name, person.role])).toEqual([
      ['Angela Merkel', 'German Chancellor'],
      ['John Smith', 'Canadian nurse'],
      ['Peter Hale', 'Britain’s ambassador'],
    ]);
  });

  it('accepts a surname after a courtesy or professional title', () => {
    const names = people('Mr. Smith said the clinic would open. Dr. Ng disagreed.').map(
      (person) => person.name,
    );
    expect(names.sort()).toEqual(['Ng', 'Smith']);
  });

  it('keeps two people who share a surname apart and gives a bare surname to the nearest one named before', () => {
    const found = findPeople(
      splitSentences(
        'George Bush spoke first. Bush was brief. Laura Bush spoke next. Bush thanked the nurses.',
      ),
      null,
      null,
    );
    expect(found.people.map((person) => [person.name, person.mentions])).toEqual([
      ['George Bush', 2],
      ['Laura Bush', 2],
    ]);
  });

  it('never takes places, peoples, organisations, days, months or pronouns for people', () => {
    const text =
      'On Monday the UN, the FBI and Reuters reported that Kurdish and Shiite leaders met in Baghdad. ' +
      'Hamas said nothing. He said Germany and New York would follow in January. The Federal Reserve Bank agreed.';
    expect(people(text)).toEqual([]);
  });

  it('finds nobody in a heading but counts a known name written there in capitals', () => {
    const found = people(
      'SHEARER SIGNS FOR NEWCASTLE\nAlan Shearer joined Newcastle on Tuesday for a record fee.',
    );
    expect(found[0]?.aliases).toEqual(['Alan Shearer', 'SHEARER']);
  });

  it('stays conservative in other languages', () => {
    const german =
      'Die Grünen Jugend und die Neue Mitte wollen gegen den Haushalt klagen, sagte Katrin Albers. ' +
      'Der Stadtrat hat am Donnerstag einen neuen Haushalt beschlossen und die Opposition ist nicht zufrieden.';
    expect(people(german, 'de')).toEqual([]);
    expect(people(german).filter((person) => person.name !== 'Katrin Albers')).toEqual([]);
  });
});

describe('findPeople on tables, titles and unfamiliar names', () => {
  it('reads names in result rows, which are not headings', () => {
    const names = people(
      'Results:\n1. Ludmila Varenko (Ukraine) 12.74\n2. Tobias Ekwueme (Nigeria) 12.91',
    ).map((person) => person.name);
    expect(names).toEqual(['Ludmila Varenko', 'Tobias Ekwueme']);
  });

  it('counts a known name in the title and a lone given name of someone named in full', () => {
    const found = findPeople(
      splitSentences('Alan Shearer joined Newcastle on Tuesday. Alan said he was delighted.'),
      'SHEARER SIGNS FOR NEWCASTLE',
      null,
    );
    expect(found.people.map((person) => [person.aliases, person.inTitle])).toEqual([
      [['Alan Shearer', 'Alan', 'SHEARER'], true],
    ]);
  });

  it('drops descriptive words before a given name and reads "X of Y" offices', () => {
    const found = people(
      'Ex-Yankee Randy Velarde hit a homer. Secretary of State Antony Blinken watched with Sheikh Hasina.',
    );
    expect(found.map((person) => [person.name, person.role])).toEqual([
      ['Antony Blinken', 'Secretary of State'],
      ['Randy Velarde', null],
      ['Sheikh Hasina', null],
    ]);
  });

  it('still treats a line of capitalised ordinary words as a heading', () => {
    expect(people('Top Stories\nMost Read Stories Today')).toEqual([]);
  });
});

describe('findPeople with look-alike letters', () => {
  // "Раul" and "Маrу" below are written with Cyrillic letters that look Latin: Р, М, а and у.
  it('merges a name written with look-alike letters into the Latin one and shows the Latin one', () => {
    const [paul, ...others] = people(
      'Раul Smith opened the hearing. Paul Smith said the budget was late. Smith left early.',
    );
    expect(others).toEqual([]);
    expect(paul).toEqual({
      name: 'Paul Smith',
      role: null,
      mentions: 3,
      aliases: ['Раul Smith', 'Paul Smith', 'Smith'],
    });
  });

  it('shows a name only ever written with look-alike letters in Latin, and reads it as a given name', () => {
    const found = people('Маrу Jones chaired the meeting. Jones thanked the staff.');
    expect(found.map((person) => [person.name, person.mentions])).toEqual([['Mary Jones', 2]]);
  });

  it('keeps a name written wholly in Cyrillic as it is', () => {
    const found = people('Мария Иванова, 34, выступила в понедельник. Иванова поблагодарила сотрудников.');
    expect(found.map((person) => [person.name, person.mentions])).toEqual([['Мария Иванова', 2]]);
  });
});

describe('rankPeople', () => {
  it('puts the quoted and early-named ahead of those mentioned in passing', () => {
    const text =
      'Mayor Helen Varga opened the bridge. Tom Reyes watched. Tom Reyes waved. Reyes left. Varga spoke later.';
    const found = findPeople(splitSentences(text), 'Varga opens bridge', null);
    const ranked = rankPeople(found.people, new Map([['Helen Varga', 1]]));
    expect(ranked.map((person) => person.name)).toEqual(['Helen Varga', 'Tom Reyes']);
  });

  it(`lists at most ${MAX_PEOPLE} people`, () => {
    const text = Array.from(
      { length: MAX_PEOPLE + 50 },
      (_, index) => `Mr. Person${index} Smithson${index} spoke.`,
    );
    const found = findPeople(splitSentences(text.join(' ')), null, null);
    expect(found.people.length).toBeGreaterThan(MAX_PEOPLE);
    expect(rankPeople(found.people, new Map())).toHaveLength(MAX_PEOPLE);
  });
});

describe('findPeople wants evidence for a name-shaped phrase', () => {
  it('leaves out products, venues, companies and publications that look like names', () => {
    const found = people(
      [
        'The Sonique WaveBuds support Dolby Vision and sound best at the Harbourside Amphitheatre.',
        'Quanta Technologies makes them, Market Insider reported, and Nature Chemistry ran a paper.',
        'Fans of the Valley Hornets bought them.',
      ].join(' '),
    );
    expect(found).toEqual([]);
  });

  it('takes a name the text says is a person: an age, a role, "who", a verb of speech', () => {
    const found = people(
      [
        'Ngozi Okafor, 43, runs the shop.',
        'Tamsin Vael, a nurse, agreed.',
        'Ebo Quartey, who lives nearby, left.',
        'Yusra Haddad said little.',
        'Her lawyer, Ilse Brandt, was there.',
      ].join(' '),
    );
    expect(found.map((person) => person.name).sort()).toEqual(
      ['Ebo Quartey', 'Ilse Brandt', 'Ngozi Okafor', 'Tamsin Vael', 'Yusra Haddad'].sort(),
    );
  });

  it('takes a name-shaped phrase once the text says it of the name anywhere, and names listed beside a person', () => {
    const found = people(
      'Ebo Quartey opened the show. Later Quartey said it went well. Werner Heisenberg, Ilse Vantongeren and Pascual Jordan wrote it.',
    );
    expect(found.map((person) => person.name).sort()).toEqual(
      ['Ebo Quartey', 'Ilse Vantongeren', 'Pascual Jordan', 'Werner Heisenberg'].sort(),
    );
  });

  it('does not glue a letter that ends a sentence to the next word', () => {
    expect(
      people('He bought the Zentra One S. That was a mistake. The rest came from Plan B. Everyone agreed.'),
    ).toEqual([]);
  });

  it('merges a family name written first with the full name, and a lone given name the text vouches for', () => {
    const found = people(
      'President Yoon Suk Yeol spoke. Lee Jae-myung, the opposition leader, replied. Yoon left. Lee stayed. Priya, 34, watched.',
    );
    expect(found.map((person) => [person.name, person.mentions])).toEqual([
      ['Yoon Suk Yeol', 2],
      ['Lee Jae-myung', 2],
      ['Priya', 1],
    ]);
  });
});

describe('findPeople on developer blogs', () => {
  it('takes handles from a changelog sentence and a list of thanks, and no English word', () => {
    const found = people(
      'Kenrick95 fixed the sidebar. mconley landed a patch for tab warming. Thanks to evilpie, users can now pick a colour. My thanks go out to Clifford Wolf, whitequark, and everyone at the lab. Gijs fixed a flicker. Google fixed its own bug. Users fixed nothing.',
    );
    expect(found.map((person) => person.name).sort()).toEqual(
      ['Clifford Wolf', 'Gijs', 'Kenrick95', 'evilpie', 'mconley', 'whitequark'].sort(),
    );
  });
});

describe('findPeople and pronouns', () => {
  it('takes the subject of a sentence the next one goes on with "He" or "She", not one that goes on with "It"', () => {
    expect(
      people('Ebo Quartey opened the show at the pier. He played for two hours.').map(
        (person) => person.name,
      ),
    ).toEqual(['Ebo Quartey']);
    expect(people('Zentra Halo opened the show at the pier. It played for two hours.')).toEqual([]);
  });
});

describe('findPeople merging', () => {
  it('merges "Mr. Bashir" with "Omar Hassan al-Bashir", and gives a given name two people share to neither', () => {
    const found = people(
      "Sudan's president, Omar Hassan al-Bashir, was charged. Officials said Mr. Bashir must answer. Arthur Waite, 50, met Arthur Dowell, 41, at the club. Arthur, 50, left first.",
    );
    expect(found.map((person) => [person.name, person.mentions])).toEqual([
      ['Omar Hassan al-Bashir', 2],
      ['Arthur Waite', 1],
      ['Arthur Dowell', 1],
    ]);
  });
});

describe('findPeople on newswire shapes', () => {
  it('keeps an initial before a surname that is also a word, a possessive before "government", an age before a dash', () => {
    const found = people(
      'Surrey 429-7 (C. Lewis 80 not out, M. Butcher 70). Egypt blamed President Hosni Mubarak\'s government. Two girls -- Rachel Legeard, 18, and Severine Potty, 19 -- were found. "We want peace," said a 30-year-old woman, Mubatik Dagayeva.',
    );
    expect(found.map((person) => person.name).sort()).toEqual(
      [
        'C. Lewis',
        'Hosni Mubarak',
        'M. Butcher',
        'Mubatik Dagayeva',
        'Rachel Legeard',
        'Severine Potty',
      ].sort(),
    );
  });
});

describe('findPeople with initials', () => {
  it('merges an initial with the given name it begins, and keeps two people of one surname two', () => {
    const found = people(
      'Inês Carvalho, 44, led the study. Tom Reyes, 50, helped. I. Carvalho and Ana Reyes, 38, wrote the paper.',
    );
    expect(found.map((person) => [person.name, person.mentions])).toEqual([
      ['Inês Carvalho', 2],
      ['Tom Reyes', 1],
      ['Ana Reyes', 1],
    ]);
  });
});

describe('findPeople in reference lists', () => {
  it('reads authors written surname first in a citing sentence, and no place in one', () => {
    const found = people(
      'Frankel, Theodore (2004). The river and the law. Horn, Roger A.; Johnson, Charles R. (1985). Matrix Analysis. Published in Paris, France (2004).',
    );
    expect(found.map((person) => person.name).sort()).toEqual(
      ['Charles R. Johnson', 'Roger A. Horn', 'Theodore Frankel'].sort(),
    );
  });
});

describe('findPeople with given names of more than one word', () => {
  it('takes "Te Kaurinui" for Te Kaurinui Robert Parata, not for a second person', () => {
    const found = people(
      'Hori Parata, 75, and his son, Te Kaurinui Robert Parata, were called in. Te Kaurinui was named after the first whale his father named.',
    );
    expect(found.map((person) => [person.name, person.mentions])).toEqual([
      ['Te Kaurinui Robert Parata', 2],
      ['Hori Parata', 1],
    ]);
  });
});

describe('findPeople reads more of what says a person is meant', () => {
  it('takes a role after an article and a place ("the Atlanta rapper"), not a product\'s description', () => {
    expect(people('The one guest verse comes from Rook Danvers, the Atlanta rapper and singer.')).toEqual([
      expect.objectContaining({ name: 'Rook Danvers' }),
    ]);
    expect(people('Figment Labs, the AI-first code editor, ended its free plan.')).toEqual([]);
  });

  it('knows a role by its form where the lexicon lacks it ("a cellist", "the spokeswoman")', () => {
    const found = people(
      'Imogen Tully, a cellist, opened the night. Brannagh Quill, the spokeswoman, agreed.',
    );
    expect(found.map((person) => [person.name, person.role])).toEqual([
      ['Imogen Tully', 'cellist'],
      ['Brannagh Quill', 'spokeswoman'],
    ]);
  });

  it('finds the name at the end of a run too long to be one ("Pierce County Auditor Donna Whitfield")', () => {
    const found = people('Pierce County Auditor Donna Whitfield said the count would take a week.');
    expect(found.map((person) => person.name)).toEqual(['Donna Whitfield']);
  });

  it('takes a given name alone that opens a sentence with a verb of speech', () => {
    expect(
      people('The path was closed. Karim said we could go around.').map((person) => person.name),
    ).toEqual(['Karim']);
  });
});

describe('findPeople with initials run together, schools and romanised names', () => {
  it('reads "T.J. Whitmore" and "George H.W. Bush" as names, "U.S. Army" and "D.A. Davidson" not', () => {
    const found = people(
      'Board members T.J. Whitmore and Doug Pfeiffer voted. President George H.W. Bush held back loans. The U.S. Army said no. Analysts at D.A. Davidson agreed.',
    );
    expect(found.map((person) => person.name).sort()).toEqual([
      'Doug Pfeiffer',
      'George H.W. Bush',
      'T.J. Whitmore',
    ]);
  });

  it('takes a school named after a person for a school, and the person for a person', () => {
    const found = people(
      'The board voted to close Abigail Thorne Elementary. The school is named for Abigail Thorne, the town’s first schoolteacher.',
    );
    expect(found.map((person) => person.name)).toEqual(['Abigail Thorne']);
  });

  it('reads a romanised given name with a hyphen ("Sun-hee Bae") as a name, with its role', () => {
    expect(people('Sun-hee Bae, the board’s newest member, asked for a plan.')).toEqual([
      expect.objectContaining({ name: 'Sun-hee Bae', role: 'board’s newest member' }),
    ]);
  });

  it('takes a child brought in and named, not the school after "at", nor a clause for a role', () => {
    const found = people(
      'One speaker was Emma, a fifth grader at Thorne, who stood on a stool. A fourth grader named Marcus, waiting for his mother, was unimpressed.',
    );
    expect(found.map((person) => [person.name, person.role])).toEqual([
      ['Emma', 'fifth grader at Thorne'],
      ['Marcus', null],
    ]);
  });
});

describe('findPeople with nicknames and names of ordinary words', () => {
  it('reads a nickname in quote marks inside a name, and the nickname alone as that person', () => {
    const found = people(
      'Dale Voss, 61, and his wife, Marguerite “Peg” Voss, run the farm. Peg said the robots changed their lives.',
    );
    expect(found.map((person) => [person.name, person.mentions])).toEqual([
      ['Marguerite “Peg” Voss', 2],
      ['Dale Voss', 1],
    ]);
  });

  it('takes a name of ordinary words that an age vouches for, not "the Major Arcana" nor a title in a list', () => {
    const found = people(
      'Banjo player Earl "Dusty" Pritchard, 74, says he is at peace with it. The deck has 21 cards known as the Major Arcana, which came later. By Nikolaas Devries, Political Correspondent.',
    );
    expect(found.map((person) => person.name)).toEqual(['Earl "Dusty" Pritchard', 'Nikolaas Devries']);
  });
});

describe('findPeople and ", which"', () => {
  it('keeps a given name and surname before ", which", and drops a company there', () => {
    const found = people(
      'Halvorsen bought the carrier run at the time by Annika Brondum, which was followed by a writedown. Harbor Freight, which maintains the lines, said nothing.',
    );
    expect(found.map((person) => person.name)).toEqual(['Annika Brondum']);
  });
});

describe('findPeople with surnames known by their shape', () => {
  it('reads "Ray DiMarco" opening a sentence and "Rolfe McCartney" with nothing around as people', () => {
    const found = people('Ray DiMarco asked the board to wait. Bassi co-owns the boat with Rolfe McCartney.');
    expect(found.map((person) => person.name).sort()).toEqual(['Ray DiMarco', 'Rolfe McCartney']);
  });
});

describe('findPeople with two given names sharing a surname', () => {
  it('reads "Brothers Ray and Tony DiMarco" as two DiMarcos, and a later "Ray DiMarco" as the first', () => {
    const found = people(
      'Brothers Ray and Tony DiMarco, both graduates, spoke. Ray DiMarco asked for a delay.',
    );
    expect(found.map((person) => [person.name, person.mentions])).toEqual([
      ['Ray DiMarco', 2],
      ['Tony DiMarco', 1],
    ]);
  });
});
