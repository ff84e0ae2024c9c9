import type { Person, Quote } from '../analysis/types';
import type { KeptStory } from '../tab/story-cache';
import { HighlightList } from './HighlightList';
import { NumberList } from './NumberList';
import { PeopleList } from './PeopleList';
import { QuoteList } from './QuoteList';
import { StoryHeader } from './StoryHeader';
import { SummaryCard } from './SummaryCard';
import { t } from '../ui/i18n';

interface StoryProps {
  story: KeptStory;
  selectedPerson: string | null;
  onSelectPerson: (person: Person | null) => void;
  onPreviewPerson: (person: Person | null) => void;
  onJump: (quote: Quote) => void;
  /** Shows one of the reader's highlights in the article, by its id. */
  onShowHighlight: (id: string) => void;
  /** The tab is in a private window, where the reader's highlights are not shown. */
  privateTab?: boolean;
}

/** The story of the page in the popup: summary, the reader's highlights, key quotes, people and numbers. */
export function Story({
  story,
  selectedPerson,
  onSelectPerson,
  onPreviewPerson,
  onJump,
  onShowHighlight,
  privateTab = false,
}: StoryProps) {
  const { article, insights, longSummary, url } = story;
  const empty =
    insights.summary.length + insights.quotes.length + insights.people.length + insights.numbers.length === 0;
  return (
    <>
      <StoryHeader article={article} />
      <SummaryCard sentences={insights.summary} longer={longSummary} title={article.title} url={url} />
      {!privateTab && <HighlightList url={url} quotes={insights.quotes} onShow={onShowHighlight} />}
      <QuoteList quotes={insights.quotes} onJump={onJump} />
      <PeopleList
        people={insights.people}
        selected={selectedPerson}
        onSelect={onSelectPerson}
        onPreview={onPreviewPerson}
      />
      <NumberList numbers={insights.numbers} />
      {empty && <p class="empty">{t('nothingToSumUp')}</p>}
    </>
  );
}
