import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The rule ids ESLint reports for `code` as if it were the file at `path`. */
async function problems(path: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result?.messages.map((message) => message.ruleId) ?? [];
}

describe('the floor plan', () => {
  it('refuses imports up or across the plan', async () => {
    const refused: [string, string][] = [
      ['analysis/probe.ts', "import { Story } from '../story/Story';"],
      ['analysis/probe.ts', "import { browser } from 'wxt/browser';"],
      ['extraction/probe.ts', "import { analyzeArticle } from '../analysis';"],
      ['ui/probe.ts', "import { tellStory } from '../story/tell-story';"],
      ['story/probe.ts', "import { ReaderView } from '../reading-mode/ReaderView';"],
      ['reading-mode/probe.ts', "import { Story } from '../story/Story';"],
      ['tab/probe.ts', "import { t } from '../ui/i18n';"],
      ['reader-data/probe.ts', "import { t } from '../ui/i18n';"],
      ['reader-data/probe.ts', "import { ReaderView } from '../reading-mode/ReaderView';"],
      ['ui/probe.ts', "import { allHighlights } from '../reader-data/highlights';"],
      ['entrypoints/probe.ts', "import { SAMPLE_STORY } from '../tests/unit-helpers/sample-story';"],
    ];
    for (const [path, code] of refused) {
      expect(await problems(path, `${code}\nexport const probe = 1;\n`), path).toContain(
        'no-restricted-imports',
      );
    }
  });

  it('lets imports point down the plan, and tests reach anything', async () => {
    const allowed: [string, string][] = [
      ['story/probe.ts', "import { t } from '../ui/i18n';"],
      ['story/probe.ts', "import { watchTab } from '../tab/tab-moved';"],
      ['reading-mode/probe.ts', "import { readerSettings } from '../settings/reader-settings';"],
      ['story/probe.ts', "import { allHighlights } from '../reader-data/highlights';"],
      ['settings/probe.ts', "import { allHighlights } from '../reader-data/highlights';"],
      ['analysis/probe.ts', "import type { Aside } from '../extraction/types';"],
      ['story/probe.test.ts', "import { ReaderView } from '../reading-mode/ReaderView';"],
    ];
    for (const [path, code] of allowed) {
      expect(await problems(path, `${code}\nexport const probe = 1;\n`), path).not.toContain(
        'no-restricted-imports',
      );
    }
  });
});
