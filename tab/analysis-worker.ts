// The popup's analysis worker: one article in, its story's insights out (see analyse-in-worker.ts).
import { prepareAnalysis } from '../analysis';
import type { ArticleText } from '../analysis/types';
import { storyInsights } from './story-insights';

self.addEventListener('message', (event: MessageEvent<ArticleText>) => {
  self.postMessage(storyInsights(event.data));
});

// The popup starts this worker while the tab still reads the page: the word table is unpacked
// meanwhile. It does not warm the analysis up on a story of its own: on two cores that work slowed
// the tab's reading more than it sped the analysis (`npm run bench -- popup`, docs/PERFORMANCE.md).
prepareAnalysis();
