// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ARTICLE_CONTAINER, articleContainerTest, pruneClutter, pruneStrayPrompts } from './prune';

function body(html: string): HTMLElement {
  const document = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return document.body;
}

describe('pruneStrayPrompts', () => {
  it('drops prompts, ad labels, reading times and date stamps', () => {
    const root = body(
      [
        '<p>[Related: <a href="/a">What we know about the crash</a>]</p>',
        '<p>- Advertisement -</p>',
        '<p>6 min read</p>',
        '<p>Updated Feb. 12, 2025, 9:15 a.m.</p>',
        '<p><i>Originally Published: March 21, 2025 at 3:15 PM PDT</i></p>',
        '<p>Oct 8, 2024</p>',
        '<p><a href="/share">Share Main Street Ledger</a></p>',
        '<p>Follow BBC Devon on X, Facebook and Instagram. Send your story ideas to us.</p>',
        '<h2>More on this story</h2><ul><li><a href="/a">Fish die in river</a></li></ul>',
        '<ul><li><time>Published May 19, 2024</time></li></ul>',
        "<p>Reporting by Maya Sorensen in San Francisco; Editing by Anil D'Souza</p>",
        '<p>Clara Benedetti reported from Stonington and Deer Isle, Maine.</p>',
        '<p>Contributing: Dana Whitfield, The Harbor Times; The Associated Press</p>',
        '<div>01:52</div>',
        '<p>A version of this article appeared July 24, 2012, on page A2 in the U.S. edition.</p>',
        '<p>Posted in <a href="/c/p">Politics</a>, <a href="/c/e">Elections</a> | <a href="#c">3 comments</a></p>',
        '<div>Tags: <a href="/t/n">Nokia</a>, <a href="/t/q">Qt</a></div>',
      ].join(''),
    );
    pruneStrayPrompts(root);
    expect(root.innerHTML).toBe('<ul></ul>');
  });

  it('keeps sentences that merely start like a stamp or a prompt', () => {
    const kept = [
      '<p>Published in 1998, the book sold 2 million copies.</p>',
      '<p>Share prices fell 4% on Monday.</p>',
      '<p>Related to each other: a cache and a web server.</p>',
      '<li>Oct 8, 2024</li>',
      '<p>Reporting by phone from the ship was impossible, the captain said.</p>',
      '<p>Follow the money, the auditors said, and it leads on to the port.</p>',
      '<p>Contributing factors included the rain and a late start.</p>',
      '<p>An earlier version of this article appeared to blame the driver, the family said.</p>',
      '<p>Posted in 2019, the video went round the world.</p>',
      '<p>Posted in <a href="/f">a forum</a> last year, the message was read by thousands of people.</p>',
    ].join('');
    const root = body(kept);
    pruneStrayPrompts(root);
    expect(root.innerHTML).toBe(kept);
  });
});

describe('pruneClutter', () => {
  it('clears the names Readability misreads on section headings and code block wrappers', () => {
    const root = body(
      '<h2 class="header-anchor-post">What she did</h2><div class="codeBlockContent"><pre>const a = 1;</pre></div>',
    );
    pruneClutter(root.ownerDocument);
    expect(root.innerHTML).toBe('<h2>What she did</h2><div><pre>const a = 1;</pre></div>');
  });

  it("reads no clutter word in a script's class hook, nor comments in a commentary", () => {
    const kept =
      '<div class="content_module js-social-images"><p>The story.</p></div>' +
      '<div class="commentary-body"><p>The column.</p></div>';
    const root = body(`${kept}<div class="social-bar">Share</div>`);
    pruneClutter(root.ownerDocument);
    expect(root.innerHTML).toBe(kept);
  });

  it('keeps a dateline that opens a paragraph, which Readability would take for a byline', () => {
    const root = body('<p><span class="dateline">CAIRO —</span> Gunmen opened fire.</p>');
    pruneClutter(root.ownerDocument);
    expect(root.innerHTML).toBe('<p><span>CAIRO —</span> Gunmen opened fire.</p>');
  });

  it("drops signatures, the site's description, reader-support appeals, sign-up boxes named by test id, author boxes, comments and screen-reader-only text", () => {
    const root = body(
      '<div id="blog-description">Written by a media insider, this blog covers news, media and politics.</div>' +
        '<p>Post.</p><div class="signature">My blog</div><p class="site-description">Just another blog</p><div id="contributions-epic">Support us</div>' +
        '<div data-testid="newsletter-signup-inline">Climate Forward</div><span class="ssrcss-1b1mki6-VisuallyHidden">Image caption, </span>' +
        '<div class="about_author"><img src="a.jpg">Jo Lane draws comics.</div>' +
        '<div class="author-box">Sam Ito is our senior blogger.</div><div id="authorInfo">Sam lives in Oslo.</div>' +
        '<ol class="commentlist"><li class="commentbody">Nice post!</li></ol>',
    );
    pruneClutter(root.ownerDocument);
    expect(root.innerHTML).toBe('<p>Post.</p>');
  });

  it("drops readers' comments however long once the story's title heading is known, and only then", () => {
    const comments = `<div id="comments">${'<p>I disagree with every word of this, and here is why at length. </p>'.repeat(30)}</div>`;
    const story = '<div class="post"><h2>Why the bridge closed</h2><p>The bridge closed.</p></div>';
    const withTitle = body(story + comments);
    pruneClutter(withTitle.ownerDocument, withTitle.querySelector('h2'));
    expect(withTitle.innerHTML).toBe(story);

    const withoutTitle = body(story + comments);
    pruneClutter(withoutTitle.ownerDocument);
    expect(withoutTitle.querySelector('#comments')).not.toBeNull();

    const wrapper = body(`<div class="post-with-comments">${story}${comments}</div>`);
    pruneClutter(wrapper.ownerDocument, wrapper.querySelector('h2'));
    expect(wrapper.querySelector('.post-with-comments h2')).not.toBeNull();
  });
});

describe('articleContainerTest', () => {
  const page =
    '<div id="outer"><div id="main-wrap"><div role="main" id="main">Story</div></div>' +
    '<div id="post-wrap"><article id="post">Post</article></div><div id="aside">Aside</div></div>';

  it('answers as matches(ARTICLE_CONTAINER) or a query for a held container would', () => {
    const root = body(page);
    const held = 'article, main, [itemprop="articleBody"]';
    const isContainer = articleContainerTest(root, held);
    for (const element of root.querySelectorAll('*')) {
      const expected = element.matches(ARTICLE_CONTAINER) || element.querySelector(held) !== null;
      expect(isContainer(element), element.id).toBe(expected);
    }
  });

  it('no longer counts a container that has left the page', () => {
    const root = body(page);
    const isContainer = articleContainerTest(root, ARTICLE_CONTAINER);
    root.querySelector('#post')?.remove();
    expect(isContainer(root.querySelector('#post-wrap') ?? root)).toBe(false);
    expect(isContainer(root.querySelector('#outer') ?? root)).toBe(true);
  });
});
