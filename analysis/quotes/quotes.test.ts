import { describe, it, expect } from 'vitest';
import { splitSentences } from '../sentences';
import { findPeople } from '../people';
import { findQuotes, MAX_QUOTES } from './index';

function quotes(text: string) {
  const sentences = splitSentences(text);
  return findQuotes(text, sentences, findPeople(sentences, null, null));
}

describe('findQuotes', () => {
  it('attributes a quote to a speaker named after it, in either order', () => {
    expect(quotes('Angela Merkel spoke. "We will not give up on this plan," Merkel said.')).toEqual([
      { text: 'We will not give up on this plan', speaker: 'Angela Merkel', role: null },
    ]);
    expect(
      quotes('Chancellor Angela Merkel spoke. “We will not give up on this plan,” said Merkel.'),
    ).toEqual([{ text: 'We will not give up on this plan', speaker: 'Angela Merkel', role: 'Chancellor' }]);
  });

  it('attributes a quote introduced by its speaker', () => {
    const text =
      'Angela Merkel said: "The plan protects every worker in the country." ' +
      'John Smith said that "nobody asked the nurses what they needed." ' +
      'According to Merkel, "the next step will take at least a year."';
    const speakers = new Map(quotes(text).map((quote) => [quote.text, quote.speaker]));
    expect(speakers).toEqual(
      new Map([
        ['The plan protects every worker in the country.', 'Angela Merkel'],
        ['nobody asked the nurses what they needed.', 'John Smith'],
        ['the next step will take at least a year.', 'Angela Merkel'],
      ]),
    );
  });

  it('takes the name set off after a description as the speaker, never as the role', () => {
    expect(
      quotes(
        'The hall reopened on Saturday. “It took two years, and every week was worth it,” said the chief librarian, Marit Oyelaran.',
      ),
    ).toEqual([
      {
        text: 'It took two years, and every week was worth it',
        speaker: 'Marit Oyelaran',
        role: 'the chief librarian',
      },
    ]);
  });

  it('reports a non-person speaker as written', () => {
    expect(quotes('"The talks will resume on Friday in Geneva," the ministry said.')[0]?.speaker).toBe(
      'the ministry',
    );
  });

  it('joins a quote interrupted by its attribution and resolves pronouns to the last fitting person', () => {
    const text =
      'Helen Varga met Paul Dempsey. "I have heard these promises before," he said, "and the river never listened." ' +
      '"We will finish the barriers before winter," she said.';
    expect(quotes(text)).toEqual([
      {
        text: 'I have heard these promises before, and the river never listened.',
        speaker: 'Paul Dempsey',
        role: null,
      },
      { text: 'We will finish the barriers before winter', speaker: 'Helen Varga', role: null },
    ]);
  });

  it('reads French and German quote marks', () => {
    const found = quotes(
      'Il a dit: « Nous allons construire une nouvelle école ici ». Sie sagte: „Wir bauen eine neue Schule hier“.',
    );
    expect(found.map((quote) => quote.text)).toEqual([
      'Nous allons construire une nouvelle école ici',
      'Wir bauen eine neue Schule hier',
    ]);
  });

  it('skips scare quotes and titles of works', () => {
    const text =
      'Critics called the plan a “vanity project” and a “formal request” for money. ' +
      'He read “The Art of the Deal Again” twice.';
    expect(quotes(text)).toEqual([]);
  });
});

describe('findQuotes on harder layouts', () => {
  it('keeps two quotes in one paragraph apart when each has its own speaker', () => {
    const text =
      'Karen Holt met David Marsh. "Our members will stay out until the offer is fair," Holt said. ' +
      '"We are ready to talk at any hour of the day," Marsh said.';
    expect(quotes(text).map((quote) => quote.speaker)).toEqual(['Karen Holt', 'David Marsh']);
  });

  it('reads a role with "of" set off by commas', () => {
    const found = quotes(
      '"The state will appeal this ruling," Anne Pruitt, the attorney general of Oklahoma, said on Monday.',
    );
    expect(found[0]?.speaker).toBe('Anne Pruitt');
    expect(found[0]?.role).toBe('attorney general of Oklahoma');
  });

  it('reads two apostrophes as quote marks and a closing mark typed as an opener', () => {
    const text =
      "Paul Kamin spoke first. ''There is a lot of new complexity in this plan,'' Mr. Kamin said.\n\n" +
      '”Nobody in this town has ever seen a budget like it.” ― Lena Ortiz';
    expect(quotes(text).map(({ text: quote, speaker }) => [quote, speaker])).toEqual([
      ['There is a lot of new complexity in this plan', 'Paul Kamin'],
      ['Nobody in this town has ever seen a budget like it.', 'Lena Ortiz'],
    ]);
  });

  it('pairs straight quotes that open and close words, not inch marks', () => {
    const found = quotes('The 6\'3" guard said: "I will play every minute of the final tonight."');
    expect(found.map((quote) => quote.text)).toEqual(['I will play every minute of the final tonight.']);
  });
});

describe('findQuotes on attributions that run on', () => {
  it('reads the attribution of a quote broken off at a comma, even when a title in quotes follows', () => {
    const found = quotes(
      'Mark Pelley spoke on Sunday. "We need to stop painting every officer with the same brush," ' +
        'Pelley said on ABC\'s "This Week." Later he left.',
    );
    expect(found[0]?.speaker).toBe('Mark Pelley');
  });

  it('reads on past the rest of a sentence to its attribution, marking the words left out', () => {
    const text =
      'Nora Quist is an economist.\n\n' +
      '"I admire the mechanics" of the new plan, Ms. Quist said. "They are more detailed than before."';
    expect(quotes(text)).toEqual([
      {
        text: 'I admire the mechanics … They are more detailed than before.',
        speaker: 'Nora Quist',
        role: null,
      },
    ]);
  });

  it('takes the speaker from a paragraph ending in a colon before the quote', () => {
    const text =
      'Ruth Calder spoke at length.\n\nCalder continued:\n\n"The harbour will be rebuilt by the spring."';
    expect(quotes(text)[0]?.speaker).toBe('Ruth Calder');
  });

  it('reads a speaker whose verb has an adverb before it', () => {
    const found = quotes(
      'In a panel with Vera Stone, Omar Haddad, the mayor, forcefully told the crowd that "nobody here will be left behind."',
    );
    expect(found[0]?.speaker).toBe('Omar Haddad');
  });

  it('keeps a quote going after one sentence of narrative that names no one', () => {
    const text =
      'Lena Brandt met the mayor. "We have had problems with the river before," Brandt said after the meeting. ' +
      'She did not give details. "We will not let it happen again."';
    expect(quotes(text)).toEqual([
      {
        text: 'We have had problems with the river before. We will not let it happen again.',
        speaker: 'Lena Brandt',
        role: null,
      },
    ]);
  });

  it('gives a quote with no attribution the subject of the sentence before it', () => {
    const text =
      'Paul Okafor chairs the committee. The council may wait until spring, Okafor said. ' +
      '"The other factor is whether the budget holds."';
    expect(quotes(text)[0]?.speaker).toBe('Paul Okafor');
  });

  it('keeps a quoted clause worked into a sentence, but not a quoted label of the same length', () => {
    const found = quotes(
      'Greta Lind believes the country "has made dramatic changes for the better." ' +
        'Lind called the ruling a "huge win for local voters."',
    );
    expect(found.map((quote) => quote.text)).toEqual(['has made dramatic changes for the better.']);
  });

  it('skips a nickname inside a name and reads "Scott\'s niece, Marcia Price" as Price', () => {
    const text =
      'Bobby Scott spoke. "This is a big year for all of us in this state!" Scott\'s niece, ' +
      'Marcia "Cia" Price, shouted to the crowd. "The nation is watching us tonight."';
    expect(quotes(text)).toEqual([
      {
        text: 'This is a big year for all of us in this state! The nation is watching us tonight.',
        speaker: 'Marcia "Cia" Price',
        role: "Scott's niece",
      },
    ]);
  });

  it(`lists at most ${MAX_QUOTES} quotes`, () => {
    const text = Array.from(
      { length: MAX_QUOTES + 20 },
      (_, index) => `“We will rebuild embankment ${index + 1} before the spring floods,” the engineer said.`,
    ).join('\n\n');
    expect(quotes(text)).toHaveLength(MAX_QUOTES);
  });
});

describe('findQuotes gives a quote to the person meant', () => {
  function speakers(text: string): Array<string | null> {
    return quotes(text).map((quote) => quote.speaker);
  }

  it('reads "the 56-year-old" as the person named just before', () => {
    expect(
      speakers(
        'Denise Harlan, 56, runs the shop. "We tried everything we could think of to stay open," the 56-year-old said.',
      ),
    ).toEqual(['Denise Harlan']);
  });

  it('gives a quote after a colon to the person its clause names, or its pronoun stands for', () => {
    expect(
      speakers(
        'Ebo Quartey, 74, is retiring. Quartey put it this way: "We have played every barn in the county twice."',
      ),
    ).toEqual(['Ebo Quartey']);
    expect(
      speakers(
        'I asked Lena Fischbach, 31, about it. Her answer: "Probably not, I am trying something else this week."',
      ),
    ).toEqual(['Lena Fischbach']);
  });

  it('takes the name set off after a description, and drops a clause word from the speaker', () => {
    expect(
      speakers(
        'The novel sold well. "He writes sentences that feel sanded by hand," said his editor there, Claire Beaumont, on Monday.',
      ),
    ).toEqual(['Claire Beaumont']);
    expect(
      speakers(
        'Sen. Tom Harkavy chairs the panel. But when he told farmers that "the cities want to drink our future through a straw," nobody laughed.',
      ),
    ).toEqual(['Tom Harkavy']);
  });

  it('does not take a name used for a thing named after a person as a mention of that person', () => {
    const text =
      'Inês Carvalho began the work with a Marie Curie fellowship. "It came almost by accident in the end," she said.';
    expect(speakers(text)).toEqual(['Inês Carvalho']);
  });
});

describe('findQuotes never gives a quote to a fragment, a place or a time', () => {
  function speakers(text: string): Array<string | null> {
    return quotes(text).map((quote) => quote.speaker);
  }

  it('reads "He instead" as he, and "The 56-year-old" as the person named before', () => {
    expect(
      speakers('Omar Haddad, 56, left early. He instead said, "We will come back to this next year."'),
    ).toEqual(['Omar Haddad']);
    expect(
      speakers('Omar Haddad, 56, left early. "We will come back to this next year," The 56-year-old said.'),
    ).toEqual(['Omar Haddad']);
  });

  it('keeps an unnamed source unnamed, without the time that follows it', () => {
    expect(
      speakers(
        'Talks stalled. An agency official last week told reporters that "nothing will change before the vote."',
      ),
    ).toEqual(['An agency official']);
  });

  it('gives no quote to a place', () => {
    expect(speakers('Talks stalled. "We will not sign this deal as it stands," Washington said.')).toEqual([
      null,
    ]);
  });
});

describe('findQuotes reads "he said" as a reader does', () => {
  function speakers(text: string): Array<string | null> {
    return quotes(text).map((quote) => quote.speaker);
  }

  it('gives "he" to the subject of the sentence before, not the last man it names', () => {
    expect(
      speakers(
        'Opposition leader Lee Jae-myung, 61, said President Yoon Suk Yeol had caused chaos. "The democracy of this nation is being wrecked," he said.',
      ),
    ).toEqual(['Lee Jae-myung']);
  });

  it('reads a speaker whose appositive holds commas and no closing comma', () => {
    expect(
      speakers(
        'Stuart Kaplan founded the firm. "If I see a deck on sale for a hundred dollars, that upsets me," Kaplan, also a collector of games, cards, and books says.',
      ),
    ).toEqual(['Stuart Kaplan']);
  });

  it('takes no person from a name followed by ", which"', () => {
    expect(
      speakers(
        'Patrick McHugh, 58, works for Con Edison, which keeps the cables. "You have water and gas down there with the power lines," he added.',
      ),
    ).toEqual(['Patrick McHugh']);
  });
});

describe('findQuotes with a space missing after the closing mark', () => {
  it('closes a quote at ” right after a comma, and reads the speaker glued to it', () => {
    expect(
      quotes(
        'Stuart Kaplan founded the firm. “We have devoted all of our attention to tarot cards,”Kaplan says.',
      ),
    ).toEqual([
      { text: 'We have devoted all of our attention to tarot cards', speaker: 'Stuart Kaplan', role: null },
    ]);
  });
});

describe('findQuotes keeps the words of someone close to a person from that person', () => {
  it('gives "Her office\'s statement …:" to nobody named, and "Her answer:" to her', () => {
    const text =
      'Sen. Ruth Okafor, 61, chairs the panel. Her office’s statement after the vote was a masterpiece of the genre: "We will not be rushed into a deal that fails." ' +
      'I asked Okafor, 61, about it. Her answer: "Not this year, and not with this bill."';
    expect(new Map(quotes(text).map((quote) => [quote.text, quote.speaker]))).toEqual(
      new Map([
        ['We will not be rushed into a deal that fails.', null],
        ['Not this year, and not with this bill.', 'Ruth Okafor'],
      ]),
    );
  });
});

describe('findQuotes reads a definite description as the person it refers back to', () => {
  it('gives "the retired nurse" and "the 55-year-old former driver" to the person named before', () => {
    const text =
      'Ana Ruiz, a retired nurse, came to the meeting. "I like her, but I want somebody who listens," the retired nurse said. ' +
      'Rafael Duarte, 55, drove trucks for years. "I have lost money on trucks I knew were bad," the 55-year-old former driver said.';
    expect(new Map(quotes(text).map((quote) => [quote.text, quote.speaker]))).toEqual(
      new Map([
        ['I like her, but I want somebody who listens', 'Ana Ruiz'],
        ['I have lost money on trucks I knew were bad', 'Rafael Duarte'],
      ]),
    );
  });

  it('keeps an unnamed source brought in with "a" unnamed, and a group no one', () => {
    const text =
      'Mayor Ana Ruiz, 61, spoke first. A spokesperson for the port said the deal was done. "We signed it on Monday night," the spokesperson said. ' +
      '"Every month of delay costs the river," the three governors wrote.';
    expect(new Map(quotes(text).map((quote) => [quote.text, quote.speaker]))).toEqual(
      new Map([
        ['We signed it on Monday night', 'the spokesperson'],
        ['Every month of delay costs the river', 'the three governors'],
      ]),
    );
  });
});

describe('findQuotes follows a speaker across the page', () => {
  const speakers = (text: string) => new Map(quotes(text).map((quote) => [quote.text, quote.speaker]));

  it('carries a speaker over a caption line between two of their paragraphs, not over prose', () => {
    const text =
      '“The sea is changing faster than we are,” says Hori Parata, an elder of the tribe.\n\n' +
      'Hori Parata at his farm, the place where he was born\n\n' +
      '“We are having to put up with a lot of stuff today.”\n\n' +
      'The strandings have doubled in ten years.\n\n' +
      '“Nobody knows why it happens now.”';
    expect(speakers(text)).toEqual(
      new Map([
        ['The sea is changing faster than we are', 'Hori Parata'],
        ['We are having to put up with a lot of stuff today.', 'Hori Parata'],
        ['Nobody knows why it happens now.', null],
      ]),
    );
  });

  it('reads who introduces a quote with a colon: a pronoun, or a possessive with what they say', () => {
    const text =
      'Dr. Anjali Rao led the trial. Asked what she would tell a patient today, she did not hesitate: “Ask your doctor about the shorter course.”\n\n' +
      'Ingrid Sørensen, a senior vice president, showed the camera. Her pitch to photographers was simple: “Shoot in the dark and we will handle the rest.”\n\n' +
      'Sen. Ruth Okonjo-Baird has demanded more. Her office’s statement was a masterpiece: “We will not be rushed into a deal like this one.”';
    expect(speakers(text)).toEqual(
      new Map([
        ['Ask your doctor about the shorter course.', 'Anjali Rao'],
        ['Shoot in the dark and we will handle the rest.', 'Ingrid Sørensen'],
        ['We will not be rushed into a deal like this one.', null],
      ]),
    );
  });

  it('gives a description set off before a name to that name ("His attorney, Philip Greer, said")', () => {
    const text =
      'Kevin Ambrose appeared by video. His attorney, Philip Greer of the public defender’s office, said his client “intends to plead not guilty and looks forward to his day in court.”';
    expect(quotes(text)[0]).toMatchObject({ speaker: 'Philip Greer' });
  });

  it('takes the subject of the main clause, not of a clause the sentence opens with', () => {
    const text =
      'Tyrell Simmons, 24, went in for snacks. When Simmons walked out of the store, the man “fired at least four rounds in the direction of the victim,” the statement says.';
    expect(quotes(text)[0]?.speaker).not.toBe('Tyrell Simmons');
  });

  it('learns a gender from the pronouns the text uses, and lets an unnamed relative speak as "she"', () => {
    const text =
      'Sgt. Lena Marsh said the suspect was arrested on Sunday. Tyrell Simmons was 24. He had just started a job at a warehouse.\n\n' +
      'His sister, who asked not to be named, said Simmons was saving to buy a car.\n\n' +
      '“He was a big kid and he still called our mom every night,” she said.';
    expect(quotes(text)[0]?.speaker).toBeNull();
    const told =
      'Tyrell Simmons was 24. He had just started a job at a warehouse. “I love this job,” she said.';
    expect(quotes(told)[0]?.speaker).not.toBe('Tyrell Simmons');
  });

  it('reads a pronoun after a connective ("Instead he tells") as the pronoun', () => {
    const text =
      'Walter Bergstrom, 78, runs the smokehouse. Later, when I ask Walter whether that is true, he does not answer. Instead he tells a story: “Nils was a stubborn old goat, and so am I.”';
    expect(quotes(text)[0]?.speaker).toBe('Walter Bergstrom');
  });
});

describe('findQuotes on lyrics and titles', () => {
  it('gives sung words to the singer and a title in quote marks no speaker of "the"', () => {
    const text =
      'Nadia Sol wrote every song. “Everything I Told You in the Car,” the album’s emotional center, recalls a drive. When she sings, “You asked me if the roses made it through the frost,” you feel the record tilt.';
    expect(quotes(text).map((quote) => quote.speaker)).toEqual(['Nadia Sol']);
  });
});

describe('findQuotes with two people of one family name written first', () => {
  it('gives "Lee said" to the Lee brought in by then', () => {
    const text =
      'Opposition leader Lee Jae-myung spoke first. “This is an illegal declaration,” Lee said. Later, Interior Minister Lee Sang-min resigned.';
    expect(quotes(text)[0]?.speaker).toBe('Lee Jae-myung');
  });
});

describe('findQuotes reads who acts around a quote', () => {
  const speakers = (text: string) => quotes(text).map((quote) => quote.speaker);
  const bySpeaker = (text: string) => new Set(speakers(text));

  it('keeps "a spokesman for Pemberton" a spokesman, never Pemberton', () => {
    const text =
      'Kayleigh Pemberton, 29, denies the charge. A spokesman for Pemberton said last night: "She is grateful for the support of her fans and will say no more."';
    expect(speakers(text)).toEqual(['A spokesman for Pemberton']);
  });

  it('reads no attribution in a clause run on from a quote without a comma, but one after its comma', () => {
    const text =
      'Chantelle Hughes, a friend, told magistrates she saw the shoe "just sort of fly out of her hand and hit the wall" as her friend argued with staff. ' +
      'Lotfi Azzouz, a leftist, spoke next. "Ennahda is responsible for the current deterioration of the situation" while they were in power, Azzouz said.';
    expect(bySpeaker(text)).toEqual(new Set(['Chantelle Hughes', 'Lotfi Azzouz']));
  });

  it('reads "he posted … with the caption:" as his', () => {
    const text =
      'Jordan Ashworth-Kane, 26, was not in court. On Monday night he posted a picture of the couple alongside the caption: "Proud of you babe, keep your head up, the truth comes out."';
    expect(speakers(text)).toEqual(['Jordan Ashworth-Kane']);
  });

  it('gives "he leaned in and said" to him, "Ambrose came back and said" to Ambrose, and an act with no subject to no one', () => {
    const text =
      'Teodor Marsh poured the wine. He leaned in and said: "The chef says you have to eat the skin of it." ' +
      'Kevin Ambrose, 41, was arrested. The clerk told investigators Ambrose came back later and said, "If he comes back in here I will handle it myself." ' +
      '\n\nThe table went quiet. Then chewed in silence and said, "Fine, I will admit that this is better."';
    expect(new Map(quotes(text).map((quote) => [quote.text.slice(0, 12), quote.speaker]))).toEqual(
      new Map([
        ['The chef say', 'Teodor Marsh'],
        ['If he comes ', 'Kevin Ambrose'],
        ['Fine, I will', null],
      ]),
    );
  });
});

describe('findQuotes keeps bodies and unnamed people unnamed', () => {
  it('never gives "the board said" to the person named last, nor "she said" after an unnamed spokeswoman', () => {
    const text =
      '"We will want it in writing," said Gareth Pryor, the union\'s general secretary.\n\n' +
      'In a brief statement, the board said it would "examine the transaction in the usual way and report back."\n\n' +
      'Wilhelmina Corvane-Ashby, 61, will vote her stake in favour. A Halvorsen spokeswoman declined to say more. "We looked at the whole market, and this was always the one," she said.';
    const speakers = new Map(quotes(text).map((quote) => [quote.text.slice(0, 12), quote.speaker]));
    expect(speakers.get('examine the ')).toBe('the board');
    expect(speakers.get('We looked at')).toBeNull();
  });
});

describe('findQuotes across sentences and paragraphs of one speaker', () => {
  it("keeps a quote a colon clause introduced and that ends its sentence, not the next sentence's subject", () => {
    const text =
      'Obi Okafor, 7, has his own theory. Asked what the cows like, he announced: "The cows like the loud songs best of all." His mother confirmed that the radio plays country.';
    expect(quotes(text)[0]?.speaker).toBe('Obi Okafor');
  });

  it('gives a paragraph of quote alone to the person whose words the paragraph before reported', () => {
    const text =
      "Marcus O'Dowd, an astrophysicist at Caledon University, said the truth may not be either extreme.\n\n" +
      '"The honest answer is that we do not know what the bottom of an atmosphere like this looks like."\n\n' +
      'The telescope is busy all year.\n\n' +
      '"Nobody can say when the next look will come."';
    expect(new Map(quotes(text).map((quote) => [quote.text.slice(0, 10), quote.speaker]))).toEqual(
      new Map([
        ['The honest', "Marcus O'Dowd"],
        ['Nobody can', null],
      ]),
    );
  });
});
