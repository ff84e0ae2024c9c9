/**
 * What only the live page knows reaches reading mode: text the page's style sheets hide stays out,
 * and an image a script loaded lazily shows with the address the page gave it.
 */
import { describe, expect, it } from 'vitest';
import { FIXTURE_PAGES, useExtensionSession, waitForReader, type BrowserName } from './harness';

describe.each<BrowserName>(['chromium', 'firefox'])('the live page in %s', (browserName) => {
  const run = useExtensionSession(browserName, { pages: FIXTURE_PAGES });

  it('leaves out what the page hides and shows lazily loaded images', async () => {
    const page = await run.session.openPage(`${run.site.origin}/live-page-article.html`);
    const popup = await run.session.clickToolbarAction(page);
    await popup.waitFor('.popup[data-state="ready"]', 15_000);
    const article = await waitForReader(page, '.crux-article');
    expect(article.text).toContain('The first ferry in eleven days crossed to the island');
    expect(article.text).toContain('Timetables return to normal on Wednesday');
    expect(article.text).not.toContain('Drawer menu text');
    expect(article.text).not.toContain('Invisible promotion text');
    expect(article.html).toMatch(/<img[^>]+src="http:\/\/127\.0\.0\.1:\d+\/seawall\.svg"/);
    await page.close();
  });
});
