import { useState } from 'preact/hooks';
import { withoutBidiControls } from '../analysis/bidi-controls';
import { summaryAsMarkdown, summaryAsText } from '../ui/copy-text';
import { CopyButton } from '../ui/CopyButton';
import { t } from '../ui/i18n';

interface SummaryCardProps {
  sentences: string[];
  /** The longer summary the reader can switch to; shown only when it says more. */
  longer: string[];
  title: string | null;
  url: string | null;
}

/** The story in a few sentences, in article order, with a longer version and ways to copy it. */
export function SummaryCard({ sentences, longer, title, url }: SummaryCardProps) {
  const [long, setLong] = useState(false);
  if (sentences.length === 0) return null;
  const hasLonger = longer.length > sentences.length;
  const shown = long && hasLonger ? longer : sentences;
  return (
    <section class="card" data-testid="summary" aria-labelledby="summary-heading">
      <div class="card-heading">
        <h2 id="summary-heading">{t('summary')}</h2>
        {hasLonger && (
          <button type="button" class="small-button" aria-pressed={long} onClick={() => setLong(!long)}>
            {long ? t('shorter') : t('longer')}
          </button>
        )}
      </div>
      <ul class="summary">
        {shown.map((sentence) => (
          <li key={sentence} dir="auto">
            {withoutBidiControls(sentence)}
          </li>
        ))}
      </ul>
      <div class="card-actions">
        <CopyButton label={t('copy')} description={t('copySummaryText')} text={() => summaryAsText(shown)} />
        <CopyButton
          label={t('copyMarkdown')}
          description={t('copySummaryMarkdown')}
          text={() => summaryAsMarkdown(shown, title, url)}
        />
      </div>
    </section>
  );
}
