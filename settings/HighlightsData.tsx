import { useEffect, useRef, useState } from 'preact/hooks';
import {
  MAX_HIGHLIGHT_BYTES,
  WARN_AT_SHARE,
  allHighlights,
  deleteAllHighlights,
  highlightsExport,
  importHighlights,
  libraryUse,
  watchHighlights,
  type HighlightLibrary,
} from '../reader-data/highlights';
import { libraryMarkdown } from '../reader-data/highlights-markdown';
import { t } from '../ui/i18n';
import { datedFileName, saveTextFile } from '../ui/save-file';

/** The exports' file names start with this, then the day: `crux-highlights-2024-03-01.json`. */
const EXPORT_FILE_STEM = 'crux-highlights';

/**
 * The largest file an import reads: an export is indented JSON, a few times the size it takes when
 * stored, and one many times the bound could never fit, so it is refused unread.
 */
const MAX_IMPORT_FILE_BYTES = MAX_HIGHLIGHT_BYTES * 4;

/** What the section last did, said under its buttons. */
type Outcome =
  | { kind: 'imported'; highlights: number; articles: number }
  | { kind: 'refused'; reason: 'full' | 'invalid' }
  | { kind: 'deleted' };

/** How many highlights and articles a library holds. */
function counts(library: HighlightLibrary): { highlights: number; articles: number } {
  const articles = Object.values(library);
  return {
    highlights: articles.reduce((sum, article) => sum + article.highlights.length, 0),
    articles: articles.length,
  };
}

/** The bound in megabytes, in the reader's digits. */
const boundMegabytes = (): string => (MAX_HIGHLIGHT_BYTES / 1_000_000).toLocaleString();

/** "12 highlights in 3 articles, 8 kB of 3 MB", or that there are none. */
function roomSentence(library: HighlightLibrary): string {
  const { highlights, articles } = counts(library);
  const kilobytes = Math.ceil(libraryUse(library).bytes / 1000).toLocaleString();
  if (highlights === 0) return t('highlightsNone');
  if (highlights === 1) return t('highlightsUseOne', kilobytes, boundMegabytes());
  if (articles === 1) return t('highlightsUseOneArticle', highlights, kilobytes, boundMegabytes());
  return t('highlightsUse', highlights, articles, kilobytes, boundMegabytes());
}

function outcomeSentence(outcome: Outcome): string {
  if (outcome.kind === 'deleted') return t('highlightsDeleted');
  if (outcome.kind === 'imported') return t('highlightsImported', outcome.highlights, outcome.articles);
  return outcome.reason === 'full' ? t('importTooLarge', boundMegabytes()) : t('importNotCrux');
}

/** Reads an export file the reader chose and adds it to the library; what it did, or why it did not. */
async function importFile(file: File): Promise<Outcome> {
  if (file.size > MAX_IMPORT_FILE_BYTES) return { kind: 'refused', reason: 'full' };
  let exported: unknown;
  try {
    exported = JSON.parse(await file.text());
  } catch {
    return { kind: 'refused', reason: 'invalid' };
  }
  const before = counts(await allHighlights());
  const result = await importHighlights(exported);
  if (!result.ok) return { kind: 'refused', reason: result.reason };
  const after = counts(await allHighlights());
  return {
    kind: 'imported',
    highlights: after.highlights - before.highlights,
    articles: after.articles - before.articles,
  };
}

/**
 * The settings page's section on highlights: how much room they take (and a warning before it runs
 * out), exporting them all as Markdown or JSON, importing an export, and deleting them all.
 */
export function HighlightsData({ id }: { id: string }) {
  const [library, setLibrary] = useState<HighlightLibrary>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    void allHighlights().then(setLibrary);
    return watchHighlights(setLibrary);
  }, []);
  // The question takes the focus from the button that asked it (now disabled), on the safe answer.
  useEffect(() => {
    if (confirming) keepButton.current?.focus();
  }, [confirming]);

  const { share } = libraryUse(library);
  const empty = Object.keys(library).length === 0;
  const save = (text: string, extension: string, type: string): void =>
    saveTextFile(text, datedFileName(EXPORT_FILE_STEM, extension), type, document);

  return (
    <section class="highlights-data" aria-labelledby={`${id}-heading`} data-testid="highlights-data">
      <h2 id={`${id}-heading`}>{t('highlightsData')}</h2>
      <p class="setting-note">{t('highlightsDataNote')}</p>
      <p class="highlights-use" data-testid="highlights-use">
        {roomSentence(library)}
      </p>
      {share >= WARN_AT_SHARE && (
        <p class="highlights-warning" data-testid="highlights-warning" role="alert">
          {share >= 1 ? t('highlightsFull') : t('highlightsAlmostFull')}
        </p>
      )}
      <div class="highlights-actions">
        <button
          type="button"
          class="setting-button"
          data-testid="export-markdown"
          disabled={empty}
          onClick={() => save(libraryMarkdown(library), 'md', 'text/markdown')}
        >
          {t('exportHighlightsMarkdown')}
        </button>
        <button
          type="button"
          class="setting-button"
          data-testid="export-json"
          disabled={empty}
          onClick={() => save(JSON.stringify(highlightsExport(library), null, 2), 'json', 'application/json')}
        >
          {t('exportHighlightsJson')}
        </button>
        <button
          type="button"
          class="setting-button"
          data-testid="import-json"
          onClick={() => fileInput.current?.click()}
        >
          {t('importHighlights')}
        </button>
        <input
          ref={fileInput}
          id={`${id}-import-file`}
          data-testid="import-file"
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            // Cleared, so choosing the same file again imports it again.
            input.value = '';
            if (file) void importFile(file).then(setOutcome);
          }}
        />
        <button
          type="button"
          class="setting-button highlights-delete"
          data-testid="delete-highlights"
          disabled={empty || confirming}
          onClick={() => {
            setOutcome(null);
            setConfirming(true);
          }}
        >
          {t('deleteAllHighlights')}
        </button>
      </div>
      {confirming && (
        <div class="highlights-confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{t('confirmDeleteHighlights')}</p>
          <button
            type="button"
            class="setting-button highlights-delete"
            data-testid="delete-everything"
            onClick={() => {
              setConfirming(false);
              void deleteAllHighlights().then(() => setOutcome({ kind: 'deleted' }));
            }}
          >
            {t('deleteEverything')}
          </button>
          <button
            type="button"
            class="setting-button"
            data-testid="keep-highlights"
            ref={keepButton}
            onClick={() => setConfirming(false)}
          >
            {t('keepHighlights')}
          </button>
        </div>
      )}
      <p class="setting-note highlights-outcome" data-testid="highlights-outcome" role="status">
        {outcome ? outcomeSentence(outcome) : ''}
      </p>
    </section>
  );
}
