import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitSentences } from './sentences';
import { LONGER_SUMMARY_SENTENCES, summarize } from './summary';
import { isStorySentence, withoutAgencyDateline, withoutPlaceDateline } from './summary-cleaning';

const story = [
  'LONDON, England (CNN) -- The city council approved a new flood plan on Tuesday after months of debate.',
  'The flood plan builds barriers along the river and raises the riverbank by two metres.',
  'Photo: Getty Images',
  'Residents who were flooded twice last year welcomed the flood plan but asked for faster work.',
  'The weather on Tuesday was sunny and mild across the whole region.',
  'The council will vote on the flood plan budget next month, and barriers could start in spring.',
  'Read more about local news on our website today.',
].join('\n\n');

/** Golden summaries: `fixtures/summary-<case>.txt` (title, blank line, text) and the sentences expected. */
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const goldenCases = readdirSync(FIXTURES)
  .filter((file) => file.startsWith('summary-') && file.endsWith('.txt'))
  .map((file) => file.replace(/\.txt$/, ''));

describe('summarize', () => {
  it('returns the requested number of sentences in article order, dateline stripped, junk skipped', () => {
    const summary = summarize(splitSentences(story), 'Council approves flood plan', 3);
    expect(summary).toHaveLength(3);
    expect(summary[0]).toBe('The city council approved a new flood plan on Tuesday after months of debate.');
    expect(summary.join(' ')).not.toMatch(/Getty|Read more|weather/);
  });

  it('leaves out a near-duplicate of a chosen sentence', () => {
    const text =
      'The council approved the new flood plan on Tuesday evening. The council approved the new flood plan on Tuesday night. ' +
      'Barriers will rise along the river before the winter storms. Residents asked for faster work on the barriers. ' +
      'The mayor promised a public meeting every month. Work begins in the spring.';
    const summary = summarize(splitSentences(text), null, 2);
    expect(summary).toEqual([
      'The council approved the new flood plan on Tuesday evening.',
      'Barriers will rise along the river before the winter storms.',
    ]);
  });

  it('never gives a question to the reader, or a sentence that leans on one it leaves out', () => {
    const text = [
      'The council approved a new flood plan for the river towns on Tuesday night.',
      'Would you pay more council tax for a higher flood wall along the river?',
      'The plan raises the river wall by two metres along the whole town centre.',
      'Residents of the lower town have been flooded three times in the last ten years.',
      'The cost of the new wall will be shared by the council and the national government.',
      'But the harbour master said the plan would make the river mouth too narrow for boats.',
      'Work on the new river wall is due to start in the spring and take three years.',
    ].join('\n\n');
    const summary = summarize(splitSentences(text), 'Council approves flood plan for the river towns', 3);
    expect(summary).toHaveLength(3);
    expect(summary.join(' ')).not.toMatch(/\?|^But|\sBut the harbour/u);
  });

  it('counts a British single-quoted sentence, or a piece of a longer quote, as quoted speech', () => {
    const text = [
      'A border collie walked home across two rivers after he was lost at a motorway service station.',
      'Bramble, four, bolted when his owners stopped for petrol on the way back from a family holiday.',
      "'I just screamed when I saw him lying on the doormat in the morning,' said his owner Alison.",
      "'He was thin and filthy, and his paws were in a terrible state.",
      "But his tail was going like mad and he walked straight past me into the kitchen,' she said.",
      'The couple had searched the area around the services for six hours before driving home.',
      'A vet found the dog had lost three kilograms but had no serious injuries from the journey.',
    ].join('\n\n');
    const summary = summarize(splitSentences(text), 'Lost collie walks home across two rivers', 3);
    expect(summary.join(' ')).not.toMatch(/'/u);
  });

  it('gives a very short article its opening sentences', () => {
    const text =
      'The library will close on Monday for repairs to its roof. Books can be returned to any branch.';
    expect(summarize(splitSentences(text), null, 3)).toEqual([
      'The library will close on Monday for repairs to its roof.',
      'Books can be returned to any branch.',
    ]);
  });

  it('gives the longer summary five to seven sentences of a long enough article, in article order', () => {
    const text = readFileSync(`${FIXTURES}summary-quote-heavy.txt`, 'utf8').split('\n').slice(2).join('\n');
    const sentences = splitSentences(text);
    const longer = summarize(sentences, null, LONGER_SUMMARY_SENTENCES);
    expect(longer.length).toBeGreaterThanOrEqual(5);
    expect(longer.length).toBeLessThanOrEqual(7);
    const positions = longer.map((sentence) => text.indexOf(sentence));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  for (const name of goldenCases) {
    it(`summarises the golden article ${name}`, () => {
      const [title = '', ...body] = readFileSync(`${FIXTURES}${name}.txt`, 'utf8').split('\n');
      const expected = JSON.parse(readFileSync(`${FIXTURES}${name}.expected.json`, 'utf8')) as {
        summary: string[];
      };
      expect(summarize(splitSentences(body.join('\n').trim()), title, 3)).toEqual(expected.summary);
    });
  }
});

describe('summary cleaning', () => {
  it('drops agency datelines and, after the first sentence, place datelines', () => {
    expect(withoutAgencyDateline('BEIJING (Reuters) - Prices rose.')).toBe('Prices rose.');
    expect(withoutAgencyDateline('(CNN) -- Prices rose.')).toBe('Prices rose.');
    expect(withoutPlaceDateline('NEW YORK, N.Y. -- Prices rose.')).toBe('Prices rose.');
    expect(withoutPlaceDateline('PARIS — Prices rose.')).toBe('Prices rose.');
    expect(withoutPlaceDateline('I — like many — was late.')).toBe('I — like many — was late.');
  });

  it('tells story sentences from bylines, credits, prompts and timestamps', () => {
    expect(isStorySentence('The council approved the plan on Tuesday after a long debate.')).toBe(true);
    expect(isStorySentence('By Tuesday, the council had approved the plan after a long debate.')).toBe(true);
    expect(isStorySentence('Video games earned more money than films did in the last year.')).toBe(true);
    expect(
      isStorySentence('The study has shown that turnout fell, left voters cold and cost $4 million.'),
    ).toBe(true);
    expect(isStorySentence('The law, signed on Tuesday, takes effect on January 1, 2013.')).toBe(true);
    for (const furniture of [
      'By Anna Keller and Tom Reyes, Staff Writers.',
      'Updated 10:32 AM ET, 5 March 2024, by the newsroom staff.',
      'Photo: The solar farm covers an old airfield east of the city.',
      'A worker cleans a panel at the new farm on Tuesday. (AP Photo/Jane Doe)',
      'Sign up for our newsletter to get the latest news every week.',
      'Read more: How solar power is changing the energy market.',
      'Watch: the mayor opens the farm with a ribbon on Tuesday.',
      '© 2024 The Daily Example, all rights reserved for everyone.',
      'Above: A coworking space in San Francisco on a busy morning.',
      'Pictured: The couple on their wedding day at the church in June.',
      'Scroll down for video of the rescue on the beach this morning.',
      'The mayor, left, and her deputy open the new bridge over the river.',
      'Gen. Ada Hale, now director of the agency, shown working out in her quarters.',
      'The president has lunch with the vice president on the patio, June 28, 2012.',
      'Mrs Garrity (pictured) said the dog had walked home across two rivers.',
      'Enter your information below to add a new comment.',
    ]) {
      expect([furniture, isStorySentence(furniture)]).toEqual([furniture, false]);
    }
  });
});
