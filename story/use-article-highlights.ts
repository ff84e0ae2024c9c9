import { useEffect, useState } from 'preact/hooks';
import { addressKey } from '../reader-data/article-key';
import { articleHighlights, watchHighlights, type ArticleHighlights } from '../reader-data/highlights';

/** The highlights of the article at `url`, kept current as reading mode adds, changes or deletes them. */
export function useArticleHighlights(url: string): ArticleHighlights | null {
  const [record, setRecord] = useState<ArticleHighlights | null>(null);
  useEffect(() => {
    let live = true;
    void articleHighlights(url).then((found) => {
      if (live) setRecord(found);
    });
    const stopWatching = watchHighlights((library) => setRecord(library[addressKey(url)] ?? null));
    return () => {
      live = false;
      stopWatching();
    };
  }, [url]);
  return record;
}
