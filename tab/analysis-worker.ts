// The popup's analysis worker: one article in, its story's insights out (see analyse-in-worker.ts).
import type { ArticleText } from '../analysis/types';
import { storyInsights } from './story-insights';

self.addEventListener('message', (event: MessageEvent<ArticleText>) => {
  self.postMessage(storyInsights(event.data));
});
