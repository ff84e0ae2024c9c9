// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pruneCommentSections, pruneSideRegions, titleHeading } from './regions';

function page(title: string, html: string): Document {
  return new DOMParser().parseFromString(
    `<html><head><title>${title}</title></head><body>${html}</body></html>`,
    'text/html',
  );
}

const LONG_SIDEBAR = `<p>${'I write about gardens, tools and the people who keep them. '.repeat(40)}</p>`;

describe('titleHeading', () => {
  it("takes the post's title over the blog's name that the page title also holds", () => {
    const document = page(
      'Garden Notes: Pruning roses in winter',
      '<div class="header"><h1><a href="https://garden.example/">Garden Notes</a></h1></div>' +
        '<div class="post"><h3 class="post-title">Pruning roses in winter</h3><p>Cut above a bud.</p></div>',
    );
    expect(titleHeading(document)?.textContent).toBe('Pruning roses in winter');
  });

  it("never takes the site's name in the masthead or a link home, even when nothing else matches", () => {
    const document = page(
      'Garden Notes: A post whose title is no heading',
      '<header><h1>Garden Notes</h1></header><div id="logo"><h2>Garden Notes</h2></div>' +
        '<h2><a href="/">Garden Notes</a></h2><p>The post.</p>',
    );
    expect(titleHeading(document)).toBeNull();
  });

  it('takes a headline in an article header, and a heading linking to its own post', () => {
    const inArticle = page(
      'Rain closes the coast road - The Harbor Times',
      '<article><header><h1>Rain closes the coast road</h1></header><p>The road shut.</p></article>',
    );
    expect(titleHeading(inArticle)?.tagName).toBe('H1');
    const permalink = page(
      'Blog » Running from the sun',
      '<h3><a href="/?p=34511">Running from the sun</a></h3>',
    );
    expect(titleHeading(permalink)?.tagName).toBe('H3');
  });

  it('compares a heading with the title on their words, not their punctuation', () => {
    const document = page(
      'Im in.. Are YOU in? - Field Notes',
      '<h3 class="entry-header">I’m in… Are YOU in?</h3><p>Join the survey.</p>',
    );
    expect(titleHeading(document)?.tagName).toBe('H3');
  });

  it("takes a post's title over a site name of the same length in a banner or a sidebar widget", () => {
    const banner = page(
      'Brainy Gamer: Mother dough',
      '<div id="banner"><h1 id="banner-header">Brainy Gamer</h1></div>' +
        '<div class="entry"><h3 class="entry-header">Mother dough</h3><p>Bread.</p></div>',
    );
    expect(titleHeading(banner)?.textContent).toBe('Mother dough');
    const widget = page(
      'A great deal of solace - Roger Ebert’s Journal',
      '<div class="entry-asset hentry"><div class="asset-header"><h1>A great deal of solace</h1></div>' +
        '<p>A review.</p></div><div class="widget"><h3 class="widget-header">Roger Ebert</h3></div>',
    );
    expect(titleHeading(widget)?.tagName).toBe('H1');
    const sidebar = page(
      'THE STYLE SCOUT - London Street Fashion: In the pink...',
      `<div class="sidebar"><h2>The Style Scout @</h2>${LONG_SIDEBAR}</div>` +
        `<div class="post"><h3>In the pink...</h3><p>${'Pink coats on Oxford Street. '.repeat(100)}</p></div>`,
    );
    expect(titleHeading(sidebar)?.tagName).toBe('H3');
  });

  it('takes no short heading that any title could contain', () => {
    expect(titleHeading(page('News of the day: storms', '<h2>News</h2><p>Story.</p>'))).toBeNull();
  });
});

describe('pruneSideRegions', () => {
  it('drops sidebars, widgets, asides and footers that do not hold the title, however long', () => {
    const document = page(
      'Garden Notes: Pruning roses in winter',
      '<div class="main"><div class="post"><h3>Pruning roses in winter</h3><p>Cut above a bud.</p>' +
        '<div class="post-footer">Posted in Roses</div></div></div>' +
        `<div id="sidebar-right-1">${LONG_SIDEBAR}</div><div class="widget Text">About me</div>` +
        '<aside>Archive</aside><footer>© Garden Notes</footer><div class="site_footer">Terms</div>',
    );
    pruneSideRegions(document, titleHeading(document));
    expect(document.body.innerHTML).toBe(
      '<div class="main"><div class="post"><h3>Pruning roses in winter</h3><p>Cut above a bud.</p>' +
        '<div class="post-footer">Posted in Roses</div></div></div>',
    );
  });

  it('keeps a region that holds the title, or an article, and words that only contain a region word', () => {
    const kept =
      '<div class="widget Blog"><h3>Pruning roses in winter</h3><p>Cut above a bud.</p></div>' +
      '<div class="with-sidebar"><article><p>Another story.</p></article></div>' +
      '<div class="railway-timetable">Trains</div><div class="sidebars-of-history">A column.</div>' +
      '<article><p>A third story.</p><div class="dnd-widget-wrapper type-image"><img src="a.jpg">A caption.</div></article>';
    const document = page('Garden Notes: Pruning roses in winter', kept);
    pruneSideRegions(document, titleHeading(document));
    expect(document.body.innerHTML).toBe(kept);
  });

  it("drops an article's own footer, but not its widgets and asides, when the title sits outside it", () => {
    const document = page(
      'Rain closes the coast road',
      '<header><h1>Rain closes the coast road</h1></header><article><p>The road shut.</p>' +
        '<div class="widget-image"><img src="r.jpg">The road at noon.</div><aside>What we know</aside>' +
        '<footer class="entry-footer">Tags: weather</footer><div class="author_footer">Jo writes.</div></article>',
    );
    pruneSideRegions(document, titleHeading(document));
    expect(document.body.innerHTML).toBe(
      '<header><h1>Rain closes the coast road</h1></header><article><p>The road shut.</p>' +
        '<div class="widget-image"><img src="r.jpg">The road at noon.</div><aside>What we know</aside></article>',
    );
  });

  it("keeps a region with most of the page's words: a blog's posts under its name in the masthead", () => {
    const posts = `<div class="widget Blog"><h3>Pruning roses</h3><p>${'Cut above a bud. '.repeat(30)}</p></div>`;
    const document = page(
      'Garden Notes',
      `<header><h1>Garden Notes</h1></header>${posts}<div class="sidebar">Archive</div>`,
    );
    pruneSideRegions(document, titleHeading(document));
    expect(document.body.innerHTML).toBe(`<header><h1>Garden Notes</h1></header>${posts}`);
  });

  it('removes nothing when the page has no title heading', () => {
    const kept = `<p>The post.</p><div class="sidebar">${LONG_SIDEBAR}</div>`;
    const document = page('Garden Notes', kept);
    pruneSideRegions(document, titleHeading(document));
    expect(document.body.innerHTML).toBe(kept);
  });
});

describe('pruneCommentSections', () => {
  const post = '<h2>Pruning roses in winter</h2><p>Cut above a bud.</p>';

  it('drops a comments heading after the title, and everything after it in its container', () => {
    for (const label of [
      'Comments',
      '23 Responses to “Pruning roses in winter”',
      'Leave a Reply',
      'One thought on “Pruning”',
      'Trackback Pings',
      'Comments (4)',
    ]) {
      const document = page(
        'Garden Notes: Pruning roses in winter',
        `<div class="content">${post}<h3>${label}</h3><p>Great post!</p><p class="posted">Posted by: Jo at 2:30 PM</p></div><p>Site footer</p>`,
      );
      pruneCommentSections(document, titleHeading(document));
      expect(document.body.innerHTML, label).toBe(`<div class="content">${post}</div><p>Site footer</p>`);
    }
  });

  it('keeps headings that only mention comments, comments headings before the title, and pages without a title', () => {
    const kept =
      `<h3>Comments</h3><p>Menu</p><div>${post}<h3>Comments from the council were scathing</h3><p>They were.</p>` +
      '<h3>Response</h3><p>The body of a reply.</p><h3>Responses to the plan</h3><h3>Discussion</h3><p>Findings.</p></div>';
    const document = page('Garden Notes: Pruning roses in winter', kept);
    pruneCommentSections(document, titleHeading(document));
    expect(document.body.innerHTML).toBe(kept);

    const untitled = `<p>Post.</p><h3>Comments</h3><p>Great post!</p>`;
    const noTitle = page('Garden Notes', untitled);
    pruneCommentSections(noTitle, titleHeading(noTitle));
    expect(noTitle.body.innerHTML).toBe(untitled);
  });
});
