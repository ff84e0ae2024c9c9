// The popup's analysis worker: one article in, its story's insights out (see analyse-in-worker.ts).
import { prepareAnalysis } from '../analysis';
import type { ArticleText } from '../analysis/types';
import { storyInsights } from './story-insights';

/**
 * A short story the worker analyses while it waits for the article, touching each part of the
 * analysis (sentences, people and roles, quotes and speakers, numbers, the summary): code run once is
 * compiled by then, and the article's first analysis took about five times its second.
 */
const WARM_UP: ArticleText = {
  title: 'Council approves harbour plan',
  text: [
    'The council of Port Alder voted 7-2 on Thursday to rebuild the seawall, approving a $48 million plan.',
    '"This wall is the difference between a town that floods and one that endures," said Mayor Elena Vasquez.',
    'Tom Reyes, a fisherman, said the new wall would narrow the harbour mouth by 30 per cent.',
  ].join('\n\n'),
  lang: 'en',
  asides: [],
};

self.addEventListener('message', (event: MessageEvent<ArticleText>) => {
  self.postMessage(storyInsights(event.data));
});

// The popup starts this worker while the tab still reads the page: the word table is unpacked and the
// analysis run once meanwhile, so the article's analysis starts warm.
prepareAnalysis();
storyInsights(WARM_UP);
