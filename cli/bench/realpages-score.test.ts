import { describe, expect, it } from 'vitest';
import { halfOf } from './stats';
import {
  namesMatch,
  quotesMatch,
  scorePeople,
  scoreQuotes,
  speakerRight,
  type GoldPage,
} from './realpages-score';

const page: GoldPage = {
  id: 'harbour',
  people: ['Ana Ruiz', 'Tom Reyes', 'Okafor'],
  credits: ['Jon Tamsen'],
  quotes: [
    { start: 'We built this bridge for the next hundred', words: 12, speaker: 'Ana Ruiz', named: true },
    {
      start: 'The schedule was never realistic for a project',
      words: 10,
      speaker: 'a council spokesperson',
      named: false,
    },
  ],
};

describe('realpages scoring, as the data README gives it', () => {
  it('matches names by folded equality, by word subset with the same last word, or by a gold surname', () => {
    expect(namesMatch('ANA RUÍZ', 'Ana Ruiz')).toBe(true);
    expect(namesMatch('Ruiz', 'Ana Ruiz')).toBe(true);
    expect(namesMatch('Ana Maria Ruiz', 'Ana Ruiz')).toBe(true);
    expect(namesMatch('Chidi Okafor', 'Okafor')).toBe(true);
    expect(namesMatch('Ana', 'Ana Ruiz')).toBe(false);
    expect(namesMatch('Tom Ruiz', 'Ana Ruiz')).toBe(false);
  });

  it('counts people one to one, a second report of one person as wrong, a credit as neither', () => {
    const score = scorePeople(
      [
        { name: 'Ana Ruiz', aliases: ['Ruiz'] },
        { name: 'Ruiz', aliases: [] },
        { name: 'Jon Tamsen', aliases: [] },
        { name: 'Harbour Images', aliases: [] },
      ],
      page,
    );
    expect(score).toEqual({
      reported: 3,
      matched: 1,
      gold: 3,
      wrong: ['Ruiz', 'Harbour Images'],
      missed: ['Tom Reyes', 'Okafor'],
    });
  });

  it('matches quotes by their opening words and checks the named speaker by last name', () => {
    expect(
      quotesMatch('“We built this bridge for the next hundred years,”', page.quotes[0]?.start ?? ''),
    ).toBe(true);
    expect(quotesMatch('this bridge for the next hundred years and more', page.quotes[0]?.start ?? '')).toBe(
      true,
    );
    expect(quotesMatch('A different quote entirely about the bridge', page.quotes[0]?.start ?? '')).toBe(
      false,
    );
    expect(speakerRight('Mayor Ana Ruiz', 'Ana Ruiz')).toBe(true);
    expect(speakerRight('Tom Reyes', 'Ana Ruiz')).toBe(false);
    const score = scoreQuotes(
      [
        { text: 'We built this bridge for the next hundred years', speaker: 'Tom Reyes' },
        { text: 'The schedule was never realistic for a project of this size', speaker: 'Ana Ruiz' },
        { text: 'Nothing like this was ever said by anyone', speaker: null },
      ],
      page,
      [{ name: 'Ana Ruiz', aliases: [] }],
    );
    expect([
      score.reported,
      score.matched,
      score.gold,
      score.named,
      score.namedRight,
      score.unnamedGivenAName,
    ]).toEqual([3, 2, 2, 1, 0, 1]);
  });

  it('puts each page in a half by its id alone', () => {
    expect(halfOf('harbour')).toBe(halfOf('harbour'));
    const halves = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(halfOf));
    expect(halves).toEqual(new Set(['A', 'B']));
  });
});

describe('realpages scoring in unspaced scripts', () => {
  it('reads each Chinese character as a word, so a quote matches by its opening characters', () => {
    expect(
      quotesMatch('我们研究了太空中宇航员身体的各种变化，包括微生物层面的', '我们研究了太空中宇航员身体的'),
    ).toBe(true);
    expect(quotesMatch('酒精和海拔高度对酒精测定仪读数', '我们研究了太空中宇航员身体的')).toBe(false);
  });
});
