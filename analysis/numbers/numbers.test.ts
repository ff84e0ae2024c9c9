import { describe, it, expect } from 'vitest';
import { splitSentences } from '../sentences';
import { findKeyNumbers, MAX_NUMBERS } from '.';

const numbers = (text: string) => findKeyNumbers(splitSentences(text));
/** Each key number as the popup shows it, the figure in brackets. */
const shown = (text: string) =>
  numbers(text).map(
    ({ value, statement, at }) => `${statement.slice(0, at)}[${value}]${statement.slice(at + value.length)}`,
  );

describe('findKeyNumbers', () => {
  it('shows each figure in the sentence that says what it counts, money and the lead first', () => {
    expect(
      shown(
        'The council approved a $4.5 billion budget on Tuesday. Transport spending rises 12% in the coming year. ' +
          'About 2,000 people were evacuated from the valley. The harbour wall is 30 feet high in places.',
      ),
    ).toEqual([
      'The council approved a [$4.5 billion] budget on Tuesday.',
      'Transport spending rises [12%] in the coming year.',
      'About [2,000] people were evacuated from the valley.',
    ]);
  });

  it('cuts a long sentence at clause boundaries, never stitching words from different places', () => {
    const [number] = shown(
      'The storm, which forecasters had tracked across the Atlantic and then up the coast for most of the ' +
        'previous week while ferries stayed in port, closed ' +
        'the ferry terminal at the northern end of the island; the port authority later estimated repairs ' +
        'at $48 million, and the mayor turned to the state government for help with the cost of rebuilding.',
    );
    expect(number).toBe('The port authority later estimated repairs at [$48 million]');
  });

  it('shows a figure after the lead only when its statement shares a word with the headline', () => {
    const story =
      'Crews worked through the night on Monday. Traffic stayed light. The mayor thanked the volunteers. ' +
      'Repairs to the seawall will cost $48 million, the engineers said. ' +
      'The museum next door drew 2 million visitors last summer.';
    const values = (title: string | null) =>
      findKeyNumbers(splitSentences(story), title).map(({ value }) => value);
    expect(values('Storm leaves seawall in ruins')).toEqual(['$48 million']);
    expect(values('Seawall repairs to cost $2 million more')).toEqual(['$48 million']);
    expect(values(null)).toEqual(['$48 million', '2 million']);
    // A site's name is no headline; an abbreviation of the headline's words is its subject.
    expect(values('SeawallNews.com')).toEqual(['$48 million', '2 million']);
    expect(values('Mid Harbour Museum reopens')).toEqual(['2 million']);
    expect(
      findKeyNumbers(
        splitSentences(`${story} The MHM expects 3 million visitors next year.`),
        'Mid Harbour Museum reopens',
      ).map(({ value }) => value),
    ).toEqual(['2 million', '3 million']);
  });

  it('keeps a range, and a figure with its pair, as one number', () => {
    expect(shown('Repairs will cost $15 million to $25 million over five years.')).toEqual([
      'Repairs will cost [$15 million to $25 million] over five years.',
    ]);
    expect(shown('Turnout rose to between 10 and 20 percent in the river wards.')).toEqual([
      'Turnout rose to between [10 and 20 percent] in the river wards.',
    ]);
    expect(shown('Revenue rose 2% to $11.1bn, beating forecasts for the quarter.')).toEqual([
      'Revenue rose 2% to [$11.1bn], beating forecasts for the quarter.',
    ]);
  });

  it('shows the same amount restated once', () => {
    expect(
      shown('Apple wants $2.5 billion in damages from the maker. The $2.5bn claim is the largest yet.'),
    ).toHaveLength(1);
  });

  it('never shows a quote or a claim cut from who made it', () => {
    const long =
      '"We will lose 400 jobs at the plant by the end of the year unless the ministry changes its mind about ' +
      'the subsidy that has kept the whole valley working since the mine closed and the last of the ' +
      'furnaces went cold in the winter," the union leader said.';
    expect(shown(long)).toEqual([]);
    const claim =
      'The proposal would raise property tax rates by 78 percent over the next three years, according to ' +
      'the mayor, who has said repeatedly that the city has no other way to pay its police and fire crews ' +
      'or to keep its libraries open through the winter.';
    expect(shown(claim)).toEqual([]);
    expect(shown('"But this year, we will have done over 220 of the visits to clients.')).toEqual([]);
    expect(shown('Shares in the maker (WDAY-$54.00) rose sharply in early trading on Friday.')).toEqual([]);
  });

  it('leaves out a statement that opens by pointing back to an earlier sentence', () => {
    expect(shown('The company sells internet access. It lost 464,000 subscribers in the quarter.')).toEqual(
      [],
    );
  });

  it('skips years, dates, ages, times, model names, measures after the lead and small counts', () => {
    expect(
      shown(
        'In 2024 the mayor, 61, met 4 aides on March 14 at 11 p.m. with the Boeing 747 crew. ' +
          'The storm hit the coast. Crews worked through the night. Volunteers came from the hills. ' +
          'The road is 30 miles long. A new bus costs $12 a ride. The council has 31 members who voted.',
      ),
    ).toEqual(['The council has [31] members who voted.']);
  });

  it('shows no figure from a question, a caption-like fragment or page furniture', () => {
    expect(shown('Would you pay $40 million for a painting? See all 54 photos')).toEqual([]);
  });

  it(`shows at most ${MAX_NUMBERS}, each statement once`, () => {
    const text = Array.from(
      { length: 12 },
      (_, index) => `The fund paid $${index + 1},000 to each of the families.`,
    ).join(' ');
    const found = numbers(text);
    expect(found).toHaveLength(MAX_NUMBERS);
    expect(new Set(found.map((number) => number.statement)).size).toBe(MAX_NUMBERS);
  });

  it('puts the figure the headline gives first', () => {
    const text =
      'The museum lent 40 paintings to the city for the summer. Thieves took a painting valued at $150,000 ' +
      'from the gallery on Sunday night.';
    const [first] = findKeyNumbers(splitSentences(text), 'Painting worth $150K stolen from gallery');
    expect(first?.value).toBe('$150,000');
  });

  it('leaves out tables in prose, poll methods and distances that only say where a place is', () => {
    expect(
      shown(
        'Outages in the three counties reached 82 percent, 92 percent and 86 percent, respectively. ' +
          'The poll has a margin of error of 3.1 percentage points for the whole sample. ' +
          'The blast shook a town about 30 miles north of the city on Monday. ' +
          'The country, with a population of 11 million people, votes next month. ' +
          'The study followed 2,000 workers between the ages of 25 and 54 in the region. ' +
          'The barge measures about 25 feet by 16 feet across its deck, the coast guard said.',
      ),
    ).toEqual(['The study followed [2,000] workers between the ages of 25 and 54 in the region.']);
  });

  it('leaves out history the story recalls, dated years before its own news', () => {
    expect(
      shown(
        'The city council approved a $48 million seawall plan in 2024 after two winters of floods. ' +
          'The vote was close on the night. Fishermen objected to the plan. ' +
          'In 2009, a storm flooded 300 homes in the lower town and closed the ferry terminal.',
      ),
    ).toEqual([
      'The city council approved a [$48 million] seawall plan in 2024 after two winters of floods.',
    ]);
  });

  it('leaves out a figure from one end of a quote cut off from its other end', () => {
    expect(
      shown(
        '"Nobody expected the river to rise so fast. If you count those hurt in the floods, it is in the thousands," the mayor said.',
      ),
    ).toEqual([]);
  });

  it("leaves out a survey's sample, a subjectless fragment and a pronoun after a fronted phrase", () => {
    expect(
      shown(
        'The firm surveyed 1,852 registered voters across the state in the last week of the campaign. ' +
          'Still collecting $28,600 per child from the parents every year. ' +
          'On Sunday, he completed 70 percent of his passes against the visiting side.',
      ),
    ).toEqual([]);
  });

  it('marks the part, not the whole it is counted out of', () => {
    expect(
      shown('For the utility, 966,700 customers out of 1.1 million were without power on Tuesday.'),
    ).toEqual(['For the utility, [966,700] customers out of 1.1 million were without power on Tuesday.']);
  });

  it('shows a sentence that points back after the one before it in its paragraph', () => {
    expect(
      shown('Digia bought the software unit from Nokia last week. It will take on 125 of its engineers.'),
    ).toEqual([
      'Digia bought the software unit from Nokia last week. It will take on [125] of its engineers.',
    ]);
  });

  it('shows an unnamed "the company" after the sentence that names it, or not at all', () => {
    expect(
      shown(
        'Atlantic Power said most of its lines were repaired. The company hoped to have 90 percent of its ' +
          'customers back in service by midnight.',
      ),
    ).toEqual([
      'Atlantic Power said most of its lines were repaired. The company hoped to have [90 percent] of its customers back in service by midnight.',
    ]);
  });

  it('keeps a sentence whole when it opens with words like "So far"', () => {
    expect(shown('So far, nearly 100 people have entered the program this year.')).toEqual([
      'So far, nearly [100] people have entered the program this year.',
    ]);
  });

  it('reads numbers written in words with a scale word', () => {
    expect(shown('Three million euros were set aside for the new harbour wall.')).toEqual([
      '[Three million euros] were set aside for the new harbour wall.',
    ]);
  });
});
