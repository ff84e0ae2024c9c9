// The popup's analysis worker: one article in, its story's insights out (see analyse-in-worker.ts).
import { prepareAnalysis } from '../analysis';
import type { ArticleText } from '../analysis/types';
import { storyInsights } from './story-insights';

self.addEventListener('message', (event: MessageEvent<ArticleText>) => {
  self.postMessage(storyInsights(event.data));
});

// The popup starts this worker while the tab still reads the page: the word table is unpacked meanwhile.
prepareAnalysis();
