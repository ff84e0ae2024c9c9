import { withoutBidiControls } from '../analysis/bidi-controls';

/** Lines of the summary card's shape, drawn while the story is on its way. */
const SKELETON_LINES = ['92%', '100%', '85%', '60%'];

/**
 * What the popup shows from its first frame until the story comes: the tab's own title (the browser
 * knows it before Crux reads a word) and the shape of the summary card, so the popup opens full size.
 */
export function StoryPlaceholder({ pageTitle }: { pageTitle: string | undefined }) {
  const title = withoutBidiControls(pageTitle ?? '');
  return (
    <div class="story-placeholder" data-testid="placeholder">
      <header class="story-header">
        {title ? (
          <p class="placeholder-title" dir="auto">
            {title}
          </p>
        ) : (
          <span class="skeleton-line skeleton-title" aria-hidden="true" />
        )}
      </header>
      <div class="card skeleton-card" aria-hidden="true">
        {SKELETON_LINES.map((width) => (
          <span class="skeleton-line" style={{ width }} />
        ))}
      </div>
    </div>
  );
}
