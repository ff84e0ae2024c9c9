import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { articleMarkdown } from '../reading-mode/markdown';
import { providePart } from '../reading-mode/parts';

/** The Markdown export (with turndown), put into the tab the first time a reader copies the article. */
export default defineUnlistedScript(() => providePart('markdown', { articleMarkdown }));
