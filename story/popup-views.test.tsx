// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Quote } from '../analysis/types';
import type { KeptStory } from '../tab/story-cache';
import { SAMPLE_STORY as story } from '../tests/unit-helpers/sample-story';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sampleArticle, sampleHighlight, sampleLibrary } from '../tests/unit-helpers/sample-highlights';
import { formatDate } from '../reading-mode/ArticleMeta';
import { useEnglishMessages } from '../tests/unit-helpers/english-messages';
import { NumberList } from './NumberList';
import { PAGE_SIZE, shownAfterPress } from './PagedList';
import { PEOPLE_SHOWN_FIRST, PeopleList } from './PeopleList';
import { KEY_QUOTE_COUNT, QuoteList, keyQuotes } from './QuoteList';
import { ReaderToggle } from './ReaderToggle';
import { StatusPanel } from './StatusPanel';
import { StoryPlaceholder } from './StoryPlaceholder';
import { Story } from './Story';
import { SummaryCard } from './SummaryCard';

let container: HTMLElement;
function show(view: preact.ComponentChild): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(view, container));
  return container;
}
const texts = (root: HTMLElement, selector: string): string[] =>
  [...root.querySelectorAll(selector)].map((element) => element.textContent ?? '');

beforeEach(useEnglishMessages);
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('SummaryCard', () => {
  it('lists the sentences in order, and the longer summary on request', () => {
    const root = show(
      <SummaryCard
        sentences={['First.', 'Third.']}
        longer={['First.', 'Second.', 'Third.']}
        title="T"
        url={null}
      />,
    );
    expect(texts(root, 'li')).toEqual(['First.', 'Third.']);
    expect(root.querySelector('h2')?.textContent).toBe('Summary');
    const longer = [...root.querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => b.textContent === 'Longer',
    );
    act(() => longer?.click());
    expect(texts(root, 'li')).toEqual(['First.', 'Second.', 'Third.']);
    expect(longer?.getAttribute('aria-pressed')).toBe('true');
  });

  it('offers no "Longer" when the longer summary says no more', () => {
    const root = show(<SummaryCard sentences={['Only.']} longer={['Only.']} title={null} url={null} />);
    expect(texts(root, 'button')).toEqual(['Copy', 'Copy Markdown']);
  });

  it('copies the summary as text or Markdown', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const root = show(
      <SummaryCard sentences={['First.', 'Second.']} longer={[]} title="Seawall" url="https://x.example/a" />,
    );
    const [copyText, copyMarkdown] = root.querySelectorAll<HTMLButtonElement>('.card-actions button');
    await act(async () => copyText?.click());
    expect(writeText).toHaveBeenLastCalledWith('First.\nSecond.');
    await vi.waitFor(() => expect(copyText?.textContent).toBe('Copied'));
    await act(async () => copyMarkdown?.click());
    expect(writeText).toHaveBeenLastCalledWith('**[Seawall](https://x.example/a)**\n\n- First.\n- Second.');
  });

  it('draws nothing without sentences', () => {
    expect(show(<SummaryCard sentences={[]} longer={[]} title={null} url={null} />).innerHTML).toBe('');
  });
});

describe('QuoteList', () => {
  const quotes: Quote[] = Array.from({ length: KEY_QUOTE_COUNT + 2 }, (_, index) => ({
    text: `Statement number ${index + 1} about the harbour`,
    speaker: index === 1 ? null : `Speaker ${index + 1}`,
    role: index === 0 ? 'Mayor' : null,
  }));

  it('shows the key quotes with their speakers and roles, and the rest on request', () => {
    const root = show(<QuoteList quotes={quotes} onJump={() => undefined} />);
    expect(root.querySelectorAll('.quote')).toHaveLength(KEY_QUOTE_COUNT);
    expect(texts(root, '.quote-speaker')[0]).toBe('— Speaker 1, Mayor');
    expect(texts(root, '.quote-speaker')[1]).toBe('— unattributed');
    const more = root.querySelector<HTMLButtonElement>('.link-button');
    expect(more?.textContent).toBe(`Show all (${quotes.length})`);
    act(() => more?.click());
    expect(root.querySelectorAll('.quote')).toHaveLength(quotes.length);
    expect(root.querySelector('.link-button')?.textContent).toBe('Show fewer');
  });

  it('names the key quotes reading mode marks: those shown first', () => {
    expect(keyQuotes(quotes)).toEqual(quotes.slice(0, KEY_QUOTE_COUNT));
    expect(keyQuotes(quotes.slice(0, 2))).toEqual(quotes.slice(0, 2));
  });

  it('asks to show a quote in the article when it is clicked', () => {
    const onJump = vi.fn();
    const root = show(<QuoteList quotes={quotes} onJump={onJump} />);
    act(() => root.querySelectorAll<HTMLButtonElement>('.quote-jump')[2]?.click());
    expect(onJump).toHaveBeenCalledWith(quotes[2]);
  });
});

describe('PeopleList', () => {
  const people = [
    { name: 'Elena Vasquez', role: 'Mayor', mentions: 3, aliases: ['Elena Vasquez', 'Vasquez'] },
    { name: 'Tomas Lindqvist', role: null, mentions: 1, aliases: ['Tomas Lindqvist'] },
  ];

  it('shows each person with role and mention count', () => {
    const root = show(
      <PeopleList people={people} selected={null} onSelect={() => undefined} onPreview={() => undefined} />,
    );
    expect(texts(root, '.person-name')).toEqual(['Elena Vasquez', 'Tomas Lindqvist']);
    expect(texts(root, '.person-role')).toEqual(['Mayor']);
    expect(texts(root, '.person-mentions')).toEqual(['3 mentions', '1 mention']);
  });

  it('selects a person on click, and clears the selection on a second click', () => {
    const onSelect = vi.fn();
    const root = show(
      <PeopleList people={people} selected="Elena Vasquez" onSelect={onSelect} onPreview={() => undefined} />,
    );
    const [first, second] = root.querySelectorAll<HTMLButtonElement>('.person');
    expect(first?.getAttribute('aria-pressed')).toBe('true');
    act(() => second?.click());
    expect(onSelect).toHaveBeenLastCalledWith(people[1]);
    act(() => first?.click());
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  it('marks a person while the pointer or focus is on them, and stops when it leaves', () => {
    const onPreview = vi.fn();
    const root = show(
      <PeopleList people={people} selected={null} onSelect={() => undefined} onPreview={onPreview} />,
    );
    const first = root.querySelector<HTMLButtonElement>('.person');
    act(() => first?.focus());
    expect(onPreview).toHaveBeenLastCalledWith(people[0]);
    act(() => first?.blur());
    expect(onPreview).toHaveBeenLastCalledWith(null);
  });
});

describe('NumberList', () => {
  it('shows each number in the words that say what it counts, the figure marked', () => {
    const statement = 'The council will spend $48 million to rebuild the seawall.';
    const root = show(
      <NumberList numbers={[{ value: '$48 million', statement, at: statement.indexOf('$') }]} />,
    );
    expect(texts(root, 'li')).toEqual([statement]);
    expect(texts(root, 'li strong')).toEqual(['$48 million']);
  });

  it('shows every number it is given, with no "Show all"', () => {
    const numbers = Array.from({ length: 5 }, (_, index) => ({
      value: `${index + 1}0%`,
      statement: `Turnout rose ${index + 1}0% in the harbour ward.`,
      at: 13,
    }));
    const root = show(<NumberList numbers={numbers} />);
    expect(root.querySelectorAll('li')).toHaveLength(5);
    expect(root.querySelector('button')).toBeNull();
  });

  it('shows no card without a number', () => {
    expect(show(<NumberList numbers={[]} />).querySelector('[data-testid="numbers"]')).toBeNull();
  });
});

describe('long lists', () => {
  const crowd = (count: number) =>
    Array.from({ length: count }, (_, index) => ({
      name: `Person ${index + 1}`,
      role: null,
      mentions: 1,
      aliases: [`Person ${index + 1}`],
    }));
  const ignore = () => undefined;

  it('draws a page of 10,000 people at most, and the next page on request', () => {
    const people = crowd(10_000);
    const root = show(<PeopleList people={people} selected={null} onSelect={ignore} onPreview={ignore} />);
    expect(root.querySelectorAll('button').length).toBeLessThanOrEqual(PAGE_SIZE + 1);
    expect(root.querySelectorAll('.person')).toHaveLength(PEOPLE_SHOWN_FIRST);
    const more = root.querySelector<HTMLButtonElement>('.link-button');
    expect(more?.textContent).toBe(
      `Show ${PAGE_SIZE} more (${(10_000 - PEOPLE_SHOWN_FIRST).toLocaleString()} left)`,
    );
    act(() => more?.click());
    expect(root.querySelectorAll('.person')).toHaveLength(PEOPLE_SHOWN_FIRST + PAGE_SIZE);
    expect(document.activeElement).toBe(root.querySelectorAll('.person')[PEOPLE_SHOWN_FIRST]);
  });

  it('pages through the rest, then folds back with the focus on its button', () => {
    const people = crowd(PEOPLE_SHOWN_FIRST + PAGE_SIZE + 2);
    const root = show(<PeopleList people={people} selected={null} onSelect={ignore} onPreview={ignore} />);
    const button = () => root.querySelector<HTMLButtonElement>('.link-button');
    const labels: string[] = [];
    for (let press = 0; press < 2; press += 1) {
      labels.push(button()?.textContent ?? '');
      act(() => button()?.click());
    }
    expect(document.activeElement).toBe(root.querySelectorAll('.person')[PEOPLE_SHOWN_FIRST + PAGE_SIZE]);
    labels.push(button()?.textContent ?? '');
    button()?.focus();
    act(() => button()?.click());
    expect(labels).toEqual([`Show ${PAGE_SIZE} more (22 left)`, `Show all (${people.length})`, 'Show fewer']);
    expect(root.querySelectorAll('.person')).toHaveLength(PEOPLE_SHOWN_FIRST);
    expect(document.activeElement).toBe(button());
    expect(button()?.getAttribute('aria-describedby')).toBe('people-heading');
  });

  it('starts folded again for another story', () => {
    const root = show(<PeopleList people={crowd(40)} selected={null} onSelect={ignore} onPreview={ignore} />);
    act(() => root.querySelector<HTMLButtonElement>('.link-button')?.click());
    expect(root.querySelectorAll('.person')).toHaveLength(PEOPLE_SHOWN_FIRST + PAGE_SIZE);
    act(() =>
      render(
        <PeopleList people={crowd(40)} selected={null} onSelect={ignore} onPreview={ignore} />,
        container,
      ),
    );
    expect(root.querySelectorAll('.person')).toHaveLength(PEOPLE_SHOWN_FIRST);
  });

  it('counts the next page: a page more, all of the rest, or the first few again', () => {
    expect(shownAfterPress(8, 10_000, 8)).toBe(8 + PAGE_SIZE);
    expect(shownAfterPress(28, 30, 8)).toBe(30);
    expect(shownAfterPress(30, 30, 8)).toBe(8);
  });
});

describe('Story', () => {
  const ignore = () => undefined;
  const showStory = (shown: KeptStory) =>
    show(
      <Story
        story={shown}
        selectedPerson={null}
        onSelectPerson={ignore}
        onPreviewPerson={ignore}
        onJump={ignore}
        onShowHighlight={ignore}
      />,
    );

  it('tells the story under the article’s title', () => {
    const root = showStory(story);
    expect(root.textContent).toContain(story.article.title);
    expect(texts(root, '[data-testid="summary"] li')).toEqual(story.insights.summary);
    expect(root.querySelector('.empty')).toBeNull();
  });

  it('lists the reader’s highlights, but not for a tab in a private window, where reading mode keeps none', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({
      highlights: sampleLibrary(sampleArticle(story.url, [sampleHighlight('one', 'A passage.', 5)])),
    });
    const card = async (privateTab: boolean): Promise<Element | null> => {
      const root = show(
        <Story
          story={story}
          selectedPerson={null}
          onSelectPerson={ignore}
          onPreviewPerson={ignore}
          onJump={ignore}
          onShowHighlight={ignore}
          privateTab={privateTab}
        />,
      );
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
      return root.querySelector('[data-testid="highlights-card"]');
    };
    expect(await card(false)).not.toBeNull();
    expect(await card(true)).toBeNull();
  });

  it('says so when the article holds nothing to sum up', () => {
    const root = showStory({ ...story, insights: { ...story.insights, summary: [] }, longSummary: [] });
    expect(root.querySelector('.empty')?.textContent).toBe(
      'Crux found the article but nothing to sum up in it.',
    );
  });
});

describe('page text in the popup', () => {
  const override = '\u202E';
  const hostile: KeptStory = {
    ...story,
    article: { ...story.article, title: `Seawall${override} vote`, siteName: `\u2067The Ledger\u2069` },
    insights: {
      summary: [`The council voted${override} on Thursday.`],
      quotes: [{ text: `We will\u200F build`, speaker: `إيلينا${override} فاسكيز`, role: `Mayor\u202B` }],
      people: [{ name: `דניאל\u200E אוקאפור`, role: `harbour${override} master`, mentions: 2, aliases: [] }],
      numbers: [
        {
          value: `$48\u061C million`,
          statement: `It costs $48\u061C million to rebuild${override} the wall`,
          at: 9,
        },
      ],
    },
  };

  it('shows every page string isolated, without bidirectional formatting characters', () => {
    const root = show(
      <Story
        story={hostile}
        selectedPerson={null}
        onSelectPerson={() => undefined}
        onPreviewPerson={() => undefined}
        onJump={() => undefined}
        onShowHighlight={() => undefined}
      />,
    );
    expect(root.textContent).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
    const pageStrings = [
      'Seawall vote',
      'The Ledger',
      'The council voted on Thursday.',
      'We will build',
      'إيلينا فاسكيز',
      'Mayor',
      'דניאל אוקאפור',
      'harbour master',
      '$48 million',
      ' to rebuild the wall',
    ];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const isolated = new Set<string>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('[dir="auto"], bdi')) isolated.add(node.nodeValue ?? '');
    }
    for (const text of pageStrings) expect([...isolated].join('|'), text).toContain(text);
  });
});

describe('StoryPlaceholder', () => {
  it('shows the tab’s title, isolated and without formatting characters, over the summary card’s shape', () => {
    const root = show(<StoryPlaceholder pageTitle={'Seawall vote\u202E in Port Alder'} />);
    const title = root.querySelector('.placeholder-title');
    expect(title?.textContent).toBe('Seawall vote in Port Alder');
    expect(title?.getAttribute('dir')).toBe('auto');
    expect(root.querySelectorAll('.skeleton-card .skeleton-line')).toHaveLength(4);
    expect(root.querySelector('.skeleton-card')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('draws a line in the title’s place when the tab has no title', () => {
    const root = show(<StoryPlaceholder pageTitle={undefined} />);
    expect(root.querySelector('.placeholder-title')).toBeNull();
    expect(root.querySelector('.skeleton-title')?.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('StatusPanel', () => {
  it('announces progress politely and problems at once', () => {
    expect(
      show(<StatusPanel kind="working" message="Reading the page…" />).querySelector('[role="status"]'),
    ).not.toBeNull();
    render(null, container);
    const root = show(<StatusPanel kind="failed" message="This page doesn't look like an article." />);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe("This page doesn't look like an article.");
  });
});

describe('ReaderToggle', () => {
  it('is a switch that reports the state it is asked to take', () => {
    const onChange = vi.fn();
    const root = show(<ReaderToggle on={true} onChange={onChange} />);
    const toggle = root.querySelector<HTMLButtonElement>('[role="switch"]');
    expect(toggle?.getAttribute('aria-checked')).toBe('true');
    act(() => toggle?.click());
    expect(onChange).toHaveBeenCalledWith(false);
  });
});

describe('formatDate', () => {
  it('writes a published time as a long date in the article language', () => {
    expect(formatDate('2025-03-14T09:30:00Z', 'en')).toBe('March 14, 2025');
    expect(formatDate('2025-03-14T09:30:00Z', 'fr')).toBe('14 mars 2025');
  });

  it('gives nothing for a missing or unreadable date', () => {
    expect(formatDate(null, 'en')).toBeNull();
    expect(formatDate('last Tuesday', 'en')).toBeNull();
  });
});
