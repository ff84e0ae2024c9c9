import { browser } from 'wxt/browser';
import type { LoadPartRequest, ReaderPartName } from '../tab/messages';
import type { articleMarkdown } from './markdown';
import type { FaceStyle } from './fonts';
import type { startListening } from './read-aloud/listening';

/** What each on-demand part gives reading mode once its script has run in the tab. */
export interface ReaderParts {
  markdown: { articleMarkdown: typeof articleMarkdown };
  /** The bundled typeface's faces, as woff2 `data:` URLs. */
  'legible-faces': readonly (FaceStyle & { data: string })[];
  /** Reading aloud: the article's sentences, the voice, and the marks that follow it. */
  'read-aloud': { startListening: typeof startListening };
}

/** Where the parts' scripts leave what they give: the extension's isolated world, which pages cannot see. */
const PARTS_KEY = Symbol.for('crux.reader.parts');

type PartsScope = typeof globalThis & { [PARTS_KEY]?: Partial<ReaderParts> };

/** Called by a part's own script: hands the part to reading mode in the same tab. */
export function providePart<N extends ReaderPartName>(name: N, part: ReaderParts[N]): void {
  const scope = globalThis as PartsScope;
  (scope[PARTS_KEY] ??= {})[name] = part;
}

/** The part, asking the background to put its script into the tab the first time. */
export async function loadPart<N extends ReaderPartName>(name: N): Promise<ReaderParts[N]> {
  const scope = globalThis as PartsScope;
  const loaded = scope[PARTS_KEY]?.[name];
  if (loaded) return loaded;
  const request: LoadPartRequest = { type: 'crux:load-part', part: name };
  await browser.runtime.sendMessage(request);
  const part = scope[PARTS_KEY]?.[name];
  if (!part) throw new Error(`reading mode's ${name} part did not load`);
  return part;
}
