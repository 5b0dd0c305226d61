// Metadata sources and their ranking (issue 6): each case is a small hand-written page showing one pattern.
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { normalizeDate } from '../src/metadata/dates.js';
import { cleanTitle, pickTitle } from '../src/metadata/title.js';

/** Forty small elements: puts what follows far from the headline in document order. */
const FILLER = '<div><span>a</span><span>b</span></div>'.repeat(40);

/** A page with the given head and body, and enough article text that the body is found. */
const page = (head: string, body: string): string =>
  `<!doctype html><html lang="en"><head>${head}</head><body>${body}<p>${'The committee met for the third time this year and agreed on the budget for the new library wing. '.repeat(4)}</p></body></html>`;

const meta = async (head: string, body: string, url?: string) => clean(page(head, body), { url, formats: [] });

describe('dates', () => {
  it('reads a numeric date day first on a page whose language or locale writes it so', async () => {
    const body = '<article><h1>Library wing approved</h1><p>03/10/2023</p><p>Intro.</p></article>';
    const british = await clean(page('<title>Library wing approved</title>', body).replace('lang="en"', 'lang="en-GB"'), { formats: [] });
    expect(british.publishedAt).toBe('2023-10-03');
    const french = await clean(page('<title>Library wing approved</title>', body).replace('lang="en"', 'lang="fr"'), { formats: [] });
    expect(french.publishedAt).toBe('2023-10-03');
    const byLocale = await meta('<title>Library wing approved</title><meta property="og:locale" content="en_AU">', body);
    expect(byLocale.publishedAt).toBe('2023-10-03');
    const american = await meta('<title>Library wing approved</title><meta property="og:locale" content="en_US">', body);
    expect(american.publishedAt).toBe('2023-03-10');
  });
  it('reads a swappable numeric date the way another date of the page agrees with', async () => {
    const article = await meta('<title>Library wing approved</title>', '<article><h1>Library wing approved</h1><p>02-12-2025</p><p>Intro.</p><footer>Posted <time datetime="2025-12-02">December 02, 2025</time></footer></article>');
    expect(article.publishedAt).toBe('2025-12-02');
  });
  it('normalizes numeric dates with the day first when it cannot be a month, or when told', () => {
    expect(normalizeDate('14.03.2025')).toBe('2025-03-14');
    expect(normalizeDate('13/11/2025 09:21:40')).toBe('2025-11-13');
    expect(normalizeDate('02-12-2025', 'dmy')).toBe('2025-12-02');
    expect(normalizeDate('02-12-2025', 'mdy')).toBe('2025-02-12');
    expect(normalizeDate('31/02/2025', 'dmy')).toBeNull();
  });
  it('reads no date from a day and month without a year (Date.parse would supply 2001)', async () => {
    expect(normalizeDate('April 12')).toBeNull();
    expect(normalizeDate('Fri, 12 Apr')).toBeNull();
    expect(normalizeDate('April 12, 2024')).toBe('2024-04-12');
    const article = await meta('<title>Library wing approved</title>', '<article><h1>Library wing approved</h1><p>Posted <time>April 12</time></p><p>Intro.</p></article>');
    expect(article.publishedAt).toBeNull();
  });
  it('reads a date from a URL path with the month\'s name (/2023/october/03/)', async () => {
    const article = await meta('<title>Wine styles</title>', '<article><h1>Wine styles</h1><p>Intro.</p></article>', 'https://example.org/blog/2023/october/03/wine-styles/');
    expect(article.publishedAt).toBe('2023-10-03');
  });
  it('reads the date attribute beside a post element\'s author attribute (Reddit\'s created-timestamp)', async () => {
    const article = await meta('<title>Best pan?</title>', '<main><h1>Best pan?</h1><shreddit-post author="DeliriumletNot" created-timestamp="2026-03-03T09:47:05.754000+0000"><p>Intro.</p></shreddit-post></main>');
    expect(article.publishedAt?.slice(0, 10)).toBe('2026-03-03');
  });
  it('reads a meta tag of the site\'s own naming that holds the publication date ("w-published-date")', async () => {
    const head = '<title>Library wing approved</title><meta property="article:publisher" content="https://example.org/2019/01/01/"><meta name="w-published-date" content="2025-05-27T06:03:43.274Z">';
    const article = await meta(head, '<article><h1>Library wing approved</h1><p>Intro.</p></article>');
    expect(article.publishedAt?.slice(0, 10)).toBe('2025-05-27');
    // A name that is not a date ("publish-state") or a value that is not one is no date.
    const none = await meta('<title>Library wing approved</title><meta name="publish-state" content="live"><meta name="x-publish-date" content="soon">', '<article><h1>Library wing approved</h1><p>Intro.</p></article>');
    expect(none.publishedAt).toBeNull();
  });
  it('reads the ms.date meta tag of documentation sites', async () => {
    const article = await meta('<title>Deploy a project</title><meta name="ms.date" content="2025-02-23T00:00:00Z">', '<article><h1>Deploy a project</h1><p>Intro.</p></article>');
    expect(article.publishedAt?.slice(0, 10)).toBe('2025-02-23');
  });
  it('reads a date line beside the headline that no markup marks as a date', async () => {
    const article = await meta('<title>Library wing approved</title>', '<article><h1>Library wing approved</h1><div class="text-200 bold">October 3, 2024</div><p>Intro.</p></article>');
    expect(article.publishedAt).toBe('2024-10-03');
  });
  it('prefers the plain date line to an "Updated" one beside the headline', async () => {
    const article = await meta('<title>Library wing approved</title>', '<article><h1>Library wing approved</h1><p>Updated March 2, 2025</p><p>March 1, 2024</p></article>');
    expect(article.publishedAt).toBe('2024-03-01');
  });
  it('takes a thread\'s first post date over its "Last post" line', async () => {
    const article = await meta('<title>Other chat</title>', '<main><h1>Other chat</h1><p>Last post: 01/12/2025 at 6:49 pm</p><p>28/11/2025 at 7:07 pm</p></main>');
    expect(article.publishedAt).toBe('2025-11-28');
  });
  it('keeps the declared published date over an "Updated" line beside the headline', async () => {
    const head = '<script type="application/ld+json">{"@type":"Article","headline":"Library wing approved","datePublished":"2023-05-04"}</script>';
    const article = await meta(head, '<article><h1>Library wing approved</h1><p>Last updated: June 9, 2025</p></article>');
    expect(article.publishedAt).toBe('2023-05-04');
  });
  it('takes an "Updated" line beside the headline that the declared dateModified agrees with over a published date only JSON-LD gives', async () => {
    const ld = (modified: string) => `<script type="application/ld+json">{"@type":"Article","headline":"Library wing approved","datePublished":"2023-05-04","dateModified":"${modified}"}</script>`;
    const body = '<article><h1>Library wing approved</h1><p>Last updated: June 9, 2025</p><p>Intro.</p></article>';
    expect((await meta(ld('2025-06-09T10:00:00Z'), body)).publishedAt).toBe('2025-06-09T10:00:00Z');
    // A declared modified date that differs: the line is not corroborated, the declared published date stays.
    expect((await meta(ld('2025-08-01T10:00:00Z'), body)).publishedAt).toBe('2023-05-04');
    // A published date in the meta tags stays whatever the update line says.
    const og = '<meta property="article:published_time" content="2023-05-04"><meta property="article:modified_time" content="2025-06-09">';
    expect((await meta(`<title>Library wing approved</title>${og}`, body)).publishedAt).toBe('2023-05-04');
  });
  it('takes the "Updated" line beside the headline over an earlier one elsewhere on the page', async () => {
    const body = `<article><div class="post-date">Updated October 17, 2025</div>${FILLER}<h1>Library wing approved</h1><p>Updated on December 11, 2025</p><p>Intro.</p></article>`;
    const article = await meta('<title>Library wing approved</title><script type="application/ld+json">{"@type":"Article","dateModified":"2025-12-11"}</script>', body);
    expect(article.publishedAt?.slice(0, 10)).toBe('2025-12-11');
  });
  it('reads JSON-LD whose strings hold raw line breaks (invalid JSON a CMS template prints)', async () => {
    const head = '<script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Showcase thread","description":"First line.\nSecond line.","datePublished":"2024-02-21 13:00:00"}</script>';
    const article = await meta(head, '<main><h1>Showcase thread</h1><p>2 years ago</p></main>');
    expect(article.publishedAt).toBe('2024-02-21T13:00:00');
  });
  it('reads the date of a post whose wrapper a layout word calls foreign ("widget Blog"), as a last resort', async () => {
    const body = '<div class="widget Blog"><h2 class="date-header"><span>Monday, September 8, 2008</span></h2><h3>The lean startup</h3><p>Intro.</p></div>';
    const article = await meta('<title>Lessons</title>', body);
    expect(article.publishedAt).toBe('2008-09-08');
  });
  it('never takes a comment\'s or a related story\'s date as the last resort', async () => {
    const comments = await meta('<title>Lessons</title>', '<div class="comments widget"><p>Monday, September 8, 2008</p></div>');
    expect(comments.publishedAt).toBeNull();
    const related = await meta('<title>Lessons</title>', '<div class="sidebar"><div class="related-posts"><p>Monday, September 8, 2008</p></div></div><footer><p>March 3, 2009</p></footer>');
    expect(related.publishedAt).toBeNull();
  });
  it('takes a forum\'s first date-and-time line (the opening post) when the page has no other date, not a "Joined:" line', async () => {
    const post = (date: string, text: string) => `<div class="post"><div class="profile"><p>Joined: Sun Dec 17, 2023 11:18 am</p></div><p>${date}</p><p>${text}</p></div>`;
    const body = `<main>${post('Sun Dec 17, 2023 11:23 am', 'My board will not boot.')}${post('2023-12-27 10:00:00', 'Try another cable.')}</main>`;
    const article = await meta('<title>Board will not boot</title>', body);
    expect(article.publishedAt).toBe('2023-12-17');
  });
  it('gives a month and a year alone beside the headline as a calendar month, only when no source gives a day', async () => {
    const body = (line: string) => `<article><h1>Five best headphones</h1><p>${line}</p><p>Intro.</p></article>`;
    expect((await meta('<title>Five best headphones</title>', body('November 2015'))).publishedAt).toBe('2015-11');
    expect((await meta('<title>Five best headphones</title><meta property="article:published_time" content="2015-11-03">', body('November 2015'))).publishedAt).toBe('2015-11-03');
    expect((await meta('<title>Five best headphones</title>', body('Updated November 2015'))).publishedAt).toBeNull();
    expect((await meta('<title>Five best headphones</title>', body('Best of 2015'))).publishedAt).toBeNull();
  });
  it('takes a line labelled "Published" that the page\'s <time> agrees with over a differing declared date', async () => {
    const body = (label: string) => `<div class="hero"><h2>Free accounting tools</h2></div>${FILLER}<div class="byline"><p>${label} August 13, 2025</p><time datetime="2025-08-13">Aug 13</time></div><p>Intro.</p>`;
    const head = '<title>Free accounting tools</title><meta property="article:published_time" content="2025-08-08T00:00:00-04:00">';
    expect((await meta(head, body('Published'))).publishedAt).toBe('2025-08-13');
    // Without the label the declared date stays.
    expect((await meta(head, body('Read on'))).publishedAt).toBe('2025-08-08T00:00:00-04:00');
  });
  it('reads the article\'s date inside an element whose id names the main content, whatever its class ("sidebar_content")', async () => {
    const article = await meta('<title>Desk converters</title>', '<div id="content" class="sidebar_content"><article><h1>Desk converters</h1><p class="post-meta"><span class="date">02 Feb 2026</span></p><p>Intro.</p></article></div>');
    expect(article.publishedAt).toBe('2026-02-02');
  });
  it('takes the one date written alone on a page without a headline element or date markup, not one of several', async () => {
    const body = (second: string) => `<div><p>Top HR tools</p><p>Feb 16, 2026</p><p>Intro.</p></div><ul><li><a href="/a"><p>Top HR tools</p><p>${second}</p></a></li></ul>`;
    expect((await meta('<title>Top HR tools</title>', body('Feb 16, 2026'))).publishedAt).toBe('2026-02-16');
    expect((await meta('<title>Top HR tools</title>', body('Jan 3, 2026'))).publishedAt).toBeNull();
  });
  it('reads JSON-LD a framework put in a meta tag (<meta name="script:ld+json">)', async () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Article', headline: 'Full EV cars', datePublished: '2025-11-17T09:00:00-05:00' }).replace(/"/g, '&quot;');
    const article = await meta(`<title>Full EV cars</title><meta name="script:ld+json" content="${ld}">`, '<div><h2>Full EV cars</h2><p>Intro.</p></div>');
    expect(article.publishedAt).toBe('2025-11-17T09:00:00-05:00');
  });
  it('reads a forum post header\'s date inside a page wrapper only a layout word calls foreign ("footerfix", "beside_sidebar"), not the forum\'s clock', async () => {
    const thread = (wrapper: string, header: string) =>
      `<div id="${wrapper}"><div class="navbar"><time datetime="2026-03-05T12:16:19Z">March 05, 2026, 07:16:19 AM</time></div><div class="content"><h2>Tomatoes split after rain</h2><p>${header}</p><p>My tomatoes split after every storm.</p></div></div>`;
    expect((await meta('<title>Tomatoes split</title>', thread('footerfix', 'Started by Green Thumb, June 04, 2024, 11:23:55 AM'))).publishedAt).toBe('2024-06-04');
    expect((await meta('<title>Tomatoes split</title>', thread('wrap" class="beside_nssidebar_1', 'by <strong>greenthumb</strong> » Tue Aug 27, 2019 1:47 am'))).publishedAt).toBe('2019-08-27');
    // A bare date and time there is the forum's clock, not a post's.
    expect((await meta('<title>Tomatoes split</title>', thread('footerfix', 'Green Thumb'))).publishedAt).toBeNull();
  });
  it('takes the date the article shows beside its headline and in its <time> over a later declared one (a re-post)', async () => {
    const head = (date: string) => `<meta property="article:published_time" content="${date}"><title>Library wing approved</title>`;
    const body = '<article><h1>Library wing approved</h1><time datetime="2024-03-01 05:00:00">March 1, 2024</time><p>Intro.</p></article>';
    expect((await meta(head('2024-07-05T14:20:08Z'), body)).publishedAt).toBe('2024-03-01');
    // A day apart is a time zone's doing: the declared date stays.
    expect((await meta(head('2024-03-02T01:20:08Z'), body)).publishedAt).toBe('2024-03-02T01:20:08Z');
  });
  it('takes a later date the article shows beside its headline and in its only <time> over the declared one (re-dated), but not on a page of many posts', async () => {
    const head = '<meta property="article:published_time" content="2012-09-12T16:45:28+00:00">';
    const redated = await meta(head, '<article><h1>Library wing approved</h1><p><time datetime="2021-09-08T18:02:10+00:00">September 8, 2021</time></p><p>Intro.</p></article>');
    expect(redated.publishedAt?.slice(0, 10)).toBe('2021-09-08');
    const thread = await meta(head.replace('2012-09-12', '2021-09-01'), '<main><h1>Library wing approved</h1><p><time datetime="2021-09-08T18:02:10+00:00">September 8, 2021</time></p><p>First post.</p><p><time datetime="2021-09-01T10:00:00+00:00">September 1, 2021</time></p><p>Reply.</p></main>');
    expect(thread.publishedAt?.slice(0, 10)).toBe('2021-09-01');
  });
  it('reads a date written as bare text between a post\'s heading and its body', async () => {
    const body = `<h1>Library wing approved</h1><fieldset><legend>Week 2</legend> 20 December 2025 <div><p>${'The committee met again and agreed on the plans. '.repeat(3)}</p></div></fieldset>`;
    const article = await meta('<title>Library wing approved</title>', body);
    expect(article.publishedAt).toBe('2025-12-20');
  });
  it('takes the headline\'s date line over a JSON-LD date that disagrees with it', async () => {
    const head = '<script type="application/ld+json">{"@type":"Article","headline":"Library wing approved","datePublished":"2019-01-01"}</script>';
    const article = await meta(head, '<article><h1>Library wing approved</h1><p class="x">December 17, 2025</p></article>');
    expect(article.publishedAt).toBe('2025-12-17');
  });
  it('does not read a year in a sentence or a copyright line as a date', async () => {
    const article = await meta('<title>The best libraries of 2024</title>', '<article><h1>The best libraries of 2024</h1><p>Our picks for 2024</p></article><p>© 2025 The Gazette</p>');
    expect(article.publishedAt).toBeNull();
  });
  it('finds a date inside a page whose <body> class names a sidebar or comments it has', async () => {
    const html = page('<title>Library wing approved</title>', '<article><h1>Library wing approved</h1><p class="author-name">By Dakota Hebert</p><span class="published-date">July 3, 2025</span></article>').replace('<body>', '<body class="single nosidebar has-comments">');
    const flagged = await clean(html, { formats: [] });
    expect(flagged.publishedAt).toBe('2025-07-03');
    expect(flagged.byline).toBe('Dakota Hebert');
  });
  it('measures "beside the headline" from every copy of a repeated headline', async () => {
    const article = await meta('<title>Library wing approved</title>', `<header><h1>Library wing approved</h1><p>March 17, 2025</p></header>${FILLER}<article><h1>Library wing approved</h1><p>Intro.</p></article>`);
    expect(article.publishedAt).toBe('2025-03-17');
  });
  it('finds a date inside HubSpot "widget-span" wrappers', async () => {
    const article = await meta('<title>Essay tips</title>', '<div class="span12 widget-span widget-type-cell"><div class="post-header"><h1>Essay tips</h1><div class="post-meta"><span class="meta-date"><a href="/blog"> May 18, 2023</a></span></div></div></div>');
    expect(article.publishedAt).toBe('2023-05-18');
  });
  it('never takes a visible date later than the page\'s own modified date (an event\'s date, not the article\'s)', async () => {
    const article = await meta('<meta property="article:modified_time" content="2025-11-20T09:00:00Z"><title>Webinar: budgets</title>', '<article><h1>Webinar: budgets</h1><p>Thursday, January 8, 2026</p></article>');
    expect(article.publishedAt).toBe('2025-11-20T09:00:00Z');
  });
  it('reads a post date whose element also holds a long "last modified by" note', async () => {
    const note = '<span class="edited">(This post was last modified: 2024-01-05, 03:27 AM by a moderator of the board, for the second time.)</span>';
    const post = (date: string, extra: string, text: string) => `<div class="post"><span class="post_date">${date} ${extra}</span><p>${text}</p></div>`;
    const body = `<main>${post('2019-02-23, 09:14 PM', note, 'Which board software should I pick?')}${post('2019-02-24, 02:31 AM', '', 'Either works.')}</main>`;
    const article = await meta('<title>Which board software</title>', body);
    expect(article.publishedAt).toBe('2019-02-23');
  });
  it('reads a date in a wrapper placed "under-menu", but not one inside a menu', async () => {
    const placed = await meta('<title>Library wing approved</title>', '<div class="article-template under-menu"><h1>Library wing approved</h1><span><span>●</span> December 17, 2025 <span>●</span></span><p>Intro.</p></div>');
    expect(placed.publishedAt).toBe('2025-12-17');
    const menu = await meta('<title>Library wing approved</title>', '<h1>Library wing approved</h1><div class="main-menu"><span>December 17, 2025</span></div><p>Intro.</p>');
    expect(menu.publishedAt).toBeNull();
  });
  it('still ignores dates inside a real sidebar or comment list', async () => {
    const article = await meta('<title>Library wing approved</title>', '<article><h1>Library wing approved</h1></article><div class="comments"><span class="date">May 5, 2025</span></div>');
    expect(article.publishedAt).toBeNull();
  });
  it('takes the post date from a meta sidebar inside the article container ("single-post-sidebar"), not a review date there', async () => {
    const body = (date: string) => `<div class="single-post-content"><div class="single-post-sidebar"><div class="${date}">July 8, 2025</div></div><h1>Top data companies</h1>${'<p>Text of the post.</p>'.repeat(3)}</div>`;
    expect((await meta('<title>Top data companies</title>', body('single-post-date'))).publishedAt).toBe('2025-07-08');
    expect((await meta('<title>Top data companies</title>', body('review-date'))).publishedAt).toBeNull();
  });
  it('reads a "Published on …" line far from the headline when the page has one, and none of a list of posts\' lines', async () => {
    const one = await meta('<title>Private clouds</title>', `<main><h1>Private clouds</h1>${FILLER}<div class="lg:mr-[--sidebar-container-width]"><span>Published on Oct 21, 2025</span></div><p>Text.</p></main>`);
    expect(one.publishedAt).toBe('2025-10-21');
    const list = await meta('<title>Private clouds</title>', `<main><h1>Private clouds</h1>${FILLER}<ul><li><span>Published on Mar 11, 2026</span></li><li><span>Published on Mar 1, 2026</span></li></ul></main>`);
    expect(list.publishedAt).toBeNull();
  });
  it('takes the only date written in the article as a date of last resort', async () => {
    const article = await meta('<title>Mobile apps</title>', `<article><h1>Mobile apps</h1>${FILLER}<p>Moses Kim</p><p>April 8, 2024</p><p>Text.</p></article>`);
    expect(article.publishedAt).toBe('2024-04-08');
  });
  it('falls back to the modified date when the page declares no published date', async () => {
    const article = await meta('<meta property="article:modified_time" content="2023-06-12T10:39:42+00:00"><title>Consulting</title>', '<main><h1>Consulting</h1></main>');
    expect(article.publishedAt).toBe('2023-06-12T10:39:42+00:00');
    expect(article.modifiedAt).toBe('2023-06-12T10:39:42+00:00');
  });
  it('reads <meta name="published">', async () => {
    const article = await meta('<meta name="published" content="July 17, 2025"><title>Tools</title>', '<main><h1>Tools</h1></main>');
    expect(article.publishedAt).toBe('2025-07-17');
  });
  it.each([['The best of 2024'], ['Issue 2025'], ['Top 10 picks 2023']])('normalizeDate(%j) is not a date (no day)', (text) => {
    expect(normalizeDate(text)).toBeNull();
  });
});

describe('bylines', () => {
  it('reads the author link in the article\'s own <footer> (a post\'s meta footer), not in the page\'s footer or a comment form there', async () => {
    const post = (footer: string) => `<article><h1>Library wing approved</h1><p>${'The committee agreed on the budget for the new wing. '.repeat(3)}</p>${footer}</article>`;
    const own = await meta('<title>Library wing approved</title>', post('<footer class="entry-meta"><p class="name"><a href="/blog/about" title="Posts by Halina Goetz" rel="author">Halina Goetz</a></p></footer>'));
    expect(own.byline).toBe('Halina Goetz');
    const authorPage = await meta('<title>Library wing approved</title>', post('<footer><span>Filed under</span> <a href="https://e.example/author/colin-watson/">Colin Watson</a></footer>'));
    expect(authorPage.byline).toBe('Colin Watson');
    // The page's footer, a comments part inside the article's footer, a field hinted "author": no byline.
    const site = await meta('<title>Library wing approved</title>', `${post('')}<footer><a href="/about" rel="author">Site Team</a></footer>`);
    expect(site.byline).toBeNull();
    const comments = await meta('<title>Library wing approved</title>', post('<footer><div class="comments"><a href="/u/kim" rel="author">Kim Reader</a></div><label class="comment-form-author">If you are a human, ignore this field</label></footer>'));
    expect(comments.byline).toBeNull();
  });

  it('reads the name that opens the date line under the headline ("Aaron Ricadela | Senior Writer | July 2, 2025")', async () => {
    const post = (line: string) => `<section><header><h1>How AI is changing hospitals</h1><p>${line}</p></header><article><p>${'Hospitals are adopting new tools for scheduling and diagnosis. '.repeat(3)}</p></article></section>`;
    expect((await meta('<title>How AI is changing hospitals</title>', post('Aaron Ricadela | Senior Writer | July 2, 2025'))).byline).toBe('Aaron Ricadela');
    expect((await meta('<title>How AI is changing hospitals</title>', post('Jane Doe · March 3, 2025'))).byline).toBe('Jane Doe');
    // A date first, a one-word label, a sentence: no name.
    expect((await meta('<title>How AI is changing hospitals</title>', post('July 2, 2025 | Senior Writer'))).byline).toBeNull();
    expect((await meta('<title>How AI is changing hospitals</title>', post('Opinion | July 2, 2025'))).byline).toBeNull();
    expect((await meta('<title>How AI is changing hospitals</title>', post('Updated Monday | July 2, 2025'))).byline).toBeNull();
    // Short weekday names too ("Thurs", "Tues"), the words a date line's parts are read with.
    expect((await meta('<title>How AI is changing hospitals</title>', post('Thurs Evening Edition | July 2, 2025'))).byline).toBeNull();
  });

  it('reads the author in the article\'s meta column set as an <aside> inside it, not in a related-stories aside', async () => {
    const post = (aside: string) => `<article><h1>Library wing approved</h1>${aside}<p>${'The committee agreed on the budget for the new wing. '.repeat(3)}</p></article>`;
    const guardian = await meta('<title>Library wing approved</title>', post('<aside><div><address><div><a rel="author" href="https://e.example/profile/adam-roberts">Adam Roberts</a></div></address></div></aside>'));
    expect(guardian.byline).toBe('Adam Roberts');
    const labelled = await meta('<title>Library wing approved</title>', post('<aside class="insight__content"><div class="content-item"><h3>Author</h3><p> Lisa D. Ellis</p></div></aside>'));
    expect(labelled.byline).toBe('Lisa D. Ellis');
    const related = await meta('<title>Library wing approved</title>', post('<aside class="related-stories"><a rel="author" href="/author/kim-lee/">Kim Lee</a></aside>'));
    expect(related.byline).toBeNull();
  });

  it('skips a visible byline that is a date, a lone "By" or a sentence and takes the next one', async () => {
    const article = await meta('<title>Library wing approved</title>', '<article><h1>Library wing approved</h1><span class="byline">Sat, 20 Dec, 2025</span><span class="author">By</span><p class="author-name">Olive Ryan</p></article>');
    expect(article.byline).toBe('Olive Ryan');
    const sentence = await meta('<title>Library wing approved</title>', '<article><h1>Library wing approved</h1><p>By combining these strategies, homeowners can save.</p><p>By Dana Whitfield</p></article>'.replace('By combining', 'By combining'));
    expect(sentence.byline).not.toMatch(/combining/);
  });
  it('skips a heading over the author box ("The Author", "Article by:")', async () => {
    const article = await meta('<title>Sleep training</title>', '<article><h1>Sleep training</h1><div class="author-box"><p class="author-label">Article by:</p><p class="author-name">Cara Dumaplin</p></div></article>');
    expect(article.byline).toBe('Cara Dumaplin');
    const label = await meta('<title>Sleep training</title>', '<article><h1>Sleep training</h1><h4 class="author-title">The Author</h4><p class="author-name">Nicole Burke</p></article>');
    expect(label.byline).toBe('Nicole Burke');
  });
  it('keeps usernames and lower-case names', async () => {
    const article = await meta('<title>Bike care</title>', '<article><h1>Bike care</h1><span class="author">crazy lennys</span></article>');
    expect(article.byline).toBe('crazy lennys');
  });
  it('reads "By A. J. Neal" (initials after By)', async () => {
    const article = await meta('<title>DC motors</title>', '<article><h1>DC motors</h1><p>By <a href="/c/ajn">A. J. Neal</a></p></article>');
    expect(article.byline).toBe('A. J. Neal');
  });
  it('ranks an author that is the site itself below a visible person', async () => {
    const head = '<meta property="og:site_name" content="Heart Foundation"><script type="application/ld+json">{"@type":"Article","headline":"Eating well","author":{"@type":"Person","name":"Heart Foundation"}}</script>';
    const article = await meta(head, '<article><h1>Eating well</h1><p class="byline">by Tracy Parker, Dietitian</p></article>');
    expect(article.byline).toBe('Tracy Parker, Dietitian');
    const alone = await meta(head, '<article><h1>Eating well</h1></article>');
    expect(alone.byline).toBe('Heart Foundation');
  });
  it('finds the byline inside page-builder widgets (Elementor wraps every block in "elementor-widget")', async () => {
    const article = await meta('<title>Sleep schedules</title>', '<article><h1>Sleep schedules</h1><div class="elementor-widget elementor-widget-post-info"><div class="elementor-widget-container"><span class="post-author">Natalie Nevares</span></div></div></article>');
    expect(article.byline).toBe('Natalie Nevares');
  });
});

describe('titles', () => {
  const titled = (headline: string, title: string, og?: string) => pickTitle([
    ...(og ? [{ source: 'og', value: og }] : []), { source: 'h1', value: headline }, { source: 'title-tag', value: title },
  ], null).value;
  it('takes the headline over a declared title that is the same words with an earlier year (the page re-dated its headline, not its tags)', () => {
    const pick = (headline: string, og: string) => pickTitle([{ source: 'og', value: og }, { source: 'h1', value: headline }, { source: 'title-tag', value: og }], null, 'https://tax.example/guide', { article: false }).value;
    expect(pick('Guide to filing your taxes in 2025', 'Guide to filing your taxes in 2024')).toBe('Guide to filing your taxes in 2025');
    // A headline with an earlier year, or other words, leaves the declared title as it was.
    expect(pick('Guide to filing your taxes in 2023', 'Guide to filing your taxes in 2024')).toBe('Guide to filing your taxes in 2024');
    expect(pick('Filing taxes in 2025', 'Guide to filing your taxes in 2024')).toBe('Guide to filing your taxes in 2024');
  });
  it('reads a declared title that starts with a separator as empty (a template with no page title): the headline names the page', () => {
    expect(titled('Electronic Gadgets', '| Nuts & Bolts Monthly')).toBe('Electronic Gadgets');
    expect(cleanTitle('– Acme Blog', 'Acme Blog')).toBeNull();
    expect(cleanTitle('Electronic Gadgets | Nuts & Bolts Monthly', null)).toBe('Electronic Gadgets');
  });
  it("drops a last part that names the page's host when the page declares no site name", () => {
    const title = (value: string, url: string) => pickTitle([{ source: 'title-tag', value }], null, url).value;
    expect(title('Outdoor Gear – The Bush Company USA', 'https://www.thebushcompany.com/collections/outdoor-gear')).toBe('Outdoor Gear');
    expect(title('Tuning a Compressor Plugin | Playful Tones', 'https://playfultones.com/blog/compressor')).toBe('Tuning a Compressor Plugin');
    // A longer last part that mentions the host is the title's own words.
    expect(title('Ten Years at Acme – What Acme Taught Me About Hiring Well', 'https://acme.com/blog/ten-years')).toBe('Ten Years at Acme – What Acme Taught Me About Hiring Well');
  });
  it('takes the topic after a forum\'s "View topic" label (phpBB "Board • View topic - Title")', () => {
    expect(cleanTitle('Garden Forum • View topic - Tomatoes split after rain: why?', null)).toBe('Tomatoes split after rain: why?');
    expect(cleanTitle('Gartenforum • Thema anzeigen - Tomaten platzen nach Regen', null)).toBe('Tomaten platzen nach Regen');
    // "View topic" inside a title's own words is no label.
    expect(cleanTitle('How to view topic maps in the new editor', null)).toBe('How to view topic maps in the new editor');
  });
  it('takes the headline when the declared title is the headline and a part split off at a separator', () => {
    expect(titled('Portage', 'Portage - Gentoo wiki')).toBe('Portage');
    expect(titled('Camping Tents', 'Camping Tents: Large Tents for Family & Car Camping', 'Camping Tents: Large Tents for Family & Car Camping')).toBe('Camping Tents');
    expect(titled('Air Purifiers', 'Products - Air Purifiers')).toBe('Air Purifiers');
  });
  it("takes the part before an h1 that is the title's last part when it is no shorter (the h1 is the site's name)", () => {
    expect(titled('The Rust Programming Language', 'Recoverable Errors with Result - The Rust Programming Language')).toBe('Recoverable Errors with Result');
    expect(titled('Top 7 Corporate Catering Trends for 2024', 'Tastify - Top 7 Corporate Catering Trends for 2024')).toBe('Top 7 Corporate Catering Trends for 2024');
  });
  it('takes the headline when the declared title is the headline and search words after it (no separator)', () => {
    expect(titled('Headlamps', 'Headlamps for Camping, Hiking & Running | Trail Co-op', 'Headlamps for Camping, Hiking & Running | Trail Co-op')).toBe('Headlamps');
    expect(titled('Pet Insurance', 'Pet Insurance for Dogs & Cats', 'Pet Insurance for Dogs & Cats')).toBe('Pet Insurance');
    // Not when the headline is a word's start ("Head" in "Headlamps …"), nor when it is the site's name.
    expect(titled('Head', 'Headlamps for Camping, Hiking & Running', 'Headlamps for Camping, Hiking & Running')).toBe('Headlamps for Camping, Hiking & Running');
    expect(pickTitle([{ source: 'h1', value: 'Trailhead' }, { source: 'title-tag', value: 'Trailhead Guides to Every Park' }], 'Trailhead').value).toBe('Trailhead Guides to Every Park');
  });
  it('drops a date line, a link count or a label the headline carries besides the title', () => {
    expect(titled('Dec 18 2025 Preparing a transition in Debusine', 'Preparing a transition in Debusine | Colin\'s blog', 'Preparing a transition in Debusine')).toBe('Preparing a transition in Debusine');
    expect(titled('Stanford Grads Find Their Degrees No Longer Guarantee Jobs (latimes.com) 87', 'Stanford Grads Find Their Degrees No Longer Guarantee Jobs - Slashdot', 'Stanford Grads Find Their Degrees No Longer Guarantee Jobs - Slashdot')).toBe('Stanford Grads Find Their Degrees No Longer Guarantee Jobs');
    expect(titled('Thread: What do you look for in a web host?', 'What do you look for in a web host?')).toBe('What do you look for in a web host?');
  });
  it('keeps a headline that adds real words to the declared title', () => {
    expect(titled('Best High School Tutors in 2025, Reviewed by a Student', 'Best High School Tutors in 2025')).toBe('Best High School Tutors in 2025, Reviewed by a Student');
  });
  it('takes an h1 that is a leading part of the declared title, whichever part the cleaner kept', () => {
    expect(titled('News', 'News | National Student Support Accelerator')).toBe('News');
    expect(titled('Charges', 'Charges | Payments API Reference', 'Charges | Payments API Reference')).toBe('Charges');
    // The last part is the site's name, not the page's.
    expect(titled('Payments API Reference', 'Charges and refunds | Payments API Reference')).toBe('Charges and refunds');
  });
  it('drops the short parts of a trail from its end ("Topic / Forum / Board")', () => {
    expect(cleanTitle('Which ISO should I use for a laptop / Installation / Arch Linux Forums', null)).toBe('Which ISO should I use for a laptop');
    expect(cleanTitle('Rust vs Go - a comparison of two languages - Dev Notes', null)).toBe('Rust vs Go - a comparison of two languages');
  });
  it('takes an h1 of a few words that shares a quarter of its words with the declared title', () => {
    expect(titled('Soliant Report Reveals Best States for Dental Care', '2025 Dental Care Rankings')).toBe('Soliant Report Reveals Best States for Dental Care');
    expect(titled('Soliant Report Reveals Best States for Dental Care This Year', '2025 Dental Care Rankings')).toBe('2025 Dental Care Rankings');
  });
  it('takes the og:title over a differing h1 on a page that does not call itself an article (the h1 is a banner)', () => {
    const candidates = [
      { source: 'og', value: 'Email & SMS Marketing Platform | Postbox' },
      { source: 'h1', value: 'Marketing platform for email without the complexity' },
      { source: 'title-tag', value: 'Email & SMS Marketing Platform | Postbox' },
    ];
    expect(pickTitle(candidates, 'Postbox', null, { article: false })).toMatchObject({ value: 'Email & SMS Marketing Platform', source: 'og' });
    // On an article, or when the caller does not say, the headline names the page.
    expect(pickTitle(candidates, 'Postbox', null, { article: true }).value).toBe('Marketing platform for email without the complexity');
    expect(pickTitle(candidates, 'Postbox', null).value).toBe('Marketing platform for email without the complexity');
    // Without an og:title the page named itself for no one: the <title> alone does not outvote the headline.
    expect(pickTitle(candidates.filter((c) => c.source !== 'og'), 'Postbox', null, { article: false }).value).toBe('Marketing platform for email without the complexity');
    // The same words typeset differently are one title, kept in the declared spelling.
    expect(pickTitle([{ source: 'og', value: "Why Hasn't Tutoring Worked?" }, { source: 'h1', value: 'Why Hasn’t Tutoring Worked?' }], null, null, { article: false }).value).toBe("Why Hasn't Tutoring Worked?");
  });
  it("reads whether a page is an article from its og:type or its JSON-LD type when arbitrating the title", async () => {
    const body = '<main><h1>Marketing platform for email without the complexity</h1><p>Intro.</p></main>';
    const head = (extra: string) => `<title>Email &amp; SMS Marketing Platform | Postbox</title><meta property="og:title" content="Email &amp; SMS Marketing Platform">${extra}`;
    expect((await meta(head('<meta property="og:type" content="website">'), body)).title).toBe('Email & SMS Marketing Platform');
    expect((await meta(head('<meta property="og:type" content="article">'), body)).title).toBe('Marketing platform for email without the complexity');
    expect((await meta(head('<script type="application/ld+json">{"@type":"BlogPosting","headline":"Marketing platform"}</script>'), body)).title).toBe('Marketing platform for email without the complexity');
    // A product page's h1 is the product's name; its og:title adds a brand or a pitch.
    const shop = (extra: string) => meta(`<title>Postbox Desk Lamp 2 with Wireless Charging | Postbox</title><meta property="og:title" content="Postbox Desk Lamp 2 with Wireless Charging">${extra}`, '<main><h1>Desk Lamp 2 with Charging Pad</h1><p>Intro.</p></main>');
    expect((await shop('<meta property="og:type" content="product">')).title).toBe('Desk Lamp 2 with Charging Pad');
    expect((await shop('<meta property="og:type" content="website">')).title).toBe('Postbox Desk Lamp 2 with Wireless Charging');
  });
  it("leaves a heading's buttons and hidden parts out of its text", async () => {
    const article = await meta('<title>tokio - Rust</title>', '<main><h1>Crate tokio Runtime <button title="Copy item path">Copy item path</button></h1><p>Intro.</p></main>');
    expect(article.title).toBe('Crate tokio Runtime');
    const hidden = await meta('<title>Access overview for teams | Docs</title>', '<main><h1>Access overview for teams<span hidden><span>Stay organized with collections</span></span></h1><p>Intro.</p></main>');
    expect(hidden.title).toBe('Access overview for teams');
  });
  it('keeps a last part that is a date or a number: it names no site', () => {
    expect(titled('Cheap earbuds under $50 - March 2026', 'Cheap earbuds under $50 - March 2026')).toBe('Cheap earbuds under $50 - March 2026');
    expect(titled('Tech conferences in Europe 2026 / 2027', 'Tech conferences in Europe 2026 / 2027')).toBe('Tech conferences in Europe 2026 / 2027');
    expect(titled('Cheap earbuds under $50', 'Cheap earbuds under $50 - Gadget Lab')).toBe('Cheap earbuds under $50');
  });
  it("takes the page's h1 when every declared title is the site's default one (its name and tagline), below the home page only", () => {
    const candidates = [{ source: 'h1', value: 'Enamel pan chipped after one week' }, { source: 'title-tag', value: 'Threadly - The heart of the web' }];
    expect(pickTitle(candidates, null, 'https://www.threadly.com/r/cooking/comments/abc/enamel_pan/').value).toBe('Enamel pan chipped after one week');
    expect(pickTitle(candidates, null, 'https://www.threadly.com/').value).toBe('Threadly - The heart of the web');
    expect(pickTitle(candidates, null, null).value).toBe('Threadly - The heart of the web');
  });
  it("drops a first part that is the host's name or address below the home page, and keeps it on the home page", () => {
    const title = (value: string, url: string) => pickTitle([{ source: 'title-tag', value }], null, url).value;
    expect(title('Sound Stage | SoundStage.com - The Five Best Noise-Canceling Headphones', 'https://www.soundstage.com/features/686-five-best')).toBe('The Five Best Noise-Canceling Headphones');
    expect(title('Foamroll - Foam rollers and fascia training', 'https://www.foamroll.com/blog/fascia')).toBe('Foam rollers and fascia training');
    // On the home page the site's name and tagline are the page's title.
    expect(title('Foamroll - Foam rollers and fascia training', 'https://www.foamroll.com/')).toBe('Foamroll - Foam rollers and fascia training');
    // A first part that starts with the brand is the title's own.
    expect(title('Foamroll Classic Roller - Black', 'https://www.foamroll.com/products/classic')).toBe('Foamroll Classic Roller');
  });
  it('reads a forum thread\'s prefix before the JSON-LD headline ("News - Title", an h1 "News Title") as no part of the title', () => {
    const candidates = [
      { source: 'json-ld', value: 'Digital cameras: a 2024 status symbol?' },
      { source: 'og', value: 'News - Digital cameras: a 2024 status symbol?' },
      { source: 'h1', value: 'News Digital cameras: a 2024 status symbol?' },
      { source: 'title-tag', value: 'News - Digital cameras: a 2024 status symbol? | Camera Club' },
    ];
    expect(pickTitle(candidates, 'Camera Club').value).toBe('Digital cameras: a 2024 status symbol?');
    // A word before the headline in the h1 alone, with no declared title setting it off, may be the title's own.
    expect(pickTitle([{ source: 'json-ld', value: 'Squad 2024 to 2025' }, { source: 'h1', value: 'Player Squad 2024 to 2025' }], null).value).toBe('Player Squad 2024 to 2025');
  });
  it('takes an h1 that follows a colon in the declared title: what a colon introduces is the page, not the site', () => {
    expect(titled('Home Repair Assistance Program', 'City of Marion Building Department: Home Repair Assistance Program')).toBe('Home Repair Assistance Program');
  });
  it("takes the h1 that is the declared title's headline when the page's first h1 is the site's logo", async () => {
    const head = '<title>Defer, Panic, and Recover - The Gopher Programming Language</title>';
    const article = await meta(head, '<main><h1>The Gopher Blog</h1><article><h1>Defer, Panic, and Recover</h1><p>Intro.</p></article></main>');
    expect(article.title).toBe('Defer, Panic, and Recover');
    const logoInArticle = await meta('<title>Travel insurance for budget trips - Budget Travel With Gabby</title><meta property="og:site_name" content="Budget Travel With Gabby">', '<article><h1>Budget Travel With Gabby</h1><h1>Travel insurance for budget trips</h1><p>Intro.</p></article>');
    expect(logoInArticle.title).toBe('Travel insurance for budget trips');
  });
});

describe('bylines after a label', () => {
  it.each([
    ['<h3>Author</h3><p> Lisa D. Ellis</p>', 'Lisa D. Ellis'],
    ['<div><small>WRITTEN BY</small> <p><strong><a href="/a/t">Orbi Team</a></strong></p></div>', 'Orbi Team'],
    ['<div><strong>Contributors:</strong> Janet Loughrey</div>', 'Janet Loughrey'],
    ['<h2>Article by</h2><div>Matias Heikkilä</div>', 'Matias Heikkilä'],
  ])('%s → %s', async (markup, name) => {
    const article = await meta('<title>Shade plants</title>', `<article><h1>Shade plants</h1>${markup}</article>`);
    expect(article.byline).toBe(name);
  });
  it('reads a forum thread\'s starter ("Started by …", a username link)', async () => {
    const started = await meta('<title>AI in forums</title>', '<main><h2>AI in forums</h2><p>Started by Biology Forums, June 04, 2024, 11:23:55 AM</p></main>');
    expect(started.byline).toBe('Biology Forums');
    const user = await meta('<title>Best hosts</title>', '<main><h1>Best hosts</h1><p>Discussion started by <a class="username" href="/m/1">pelex</a></p></main>');
    expect(user.byline).toBe('pelex');
  });
});

describe('byline sources', () => {
  it('reads the author attribute of a post element (Reddit\'s <shreddit-post author>), the post before its comments', async () => {
    const article = await meta('<title>Best pan?</title>', '<main><h1>Best pan?</h1><shreddit-post author="EuroStepJam"><p>Intro.</p></shreddit-post><shreddit-comment author="SomeoneElse"><p>Cast iron.</p></shreddit-comment></main>');
    expect(article.byline).toBe('EuroStepJam');
  });
  it('reads a thread starter from data-author / data-username attributes (XenForo, GameFAQs), the first post first', async () => {
    const xen = await meta('<title>GPU guide</title>', '<main><h1>GPU guide</h1><article class="message" data-author="SamuelMIz"><p>Intro.</p></article><article class="message" data-author="Other"><p>Reply.</p></article></main>');
    expect(xen.byline).toBe('SamuelMIz');
    const faqs = await meta('<title>Showcase thread</title>', '<main><h1>Showcase thread</h1><div class="msg"><a data-username="Need2KnowLion" class="name"><b>Need2KnowLion</b></a><p>Intro.</p></div></main>');
    expect(faqs.byline).toBe('Need2KnowLion');
  });
  it('reads the name inside a microdata author item, and a post\'s user-name element (Flarum)', async () => {
    const item = await meta('<title>Quantum</title>', '<main><h1>Quantum</h1><span itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Alphabyte1"><meta itemprop="url" content="/alphabyte1"></span><p>Intro.</p></main>');
    expect(item.byline).toBe('Alphabyte1');
    const flarum = await meta('<title>Types of threads</title>', '<main><h1>Types of threads</h1><article><div class="PostUser"><h3 class="PostUser-name">antonjw</h3></div><p>Intro.</p></article></main>');
    expect(flarum.byline).toBe('antonjw');
  });
  it('keeps a one-word name that starts like a month or weekday ("julian", "Martin")', async () => {
    for (const name of ['julian', 'Martin', 'Sunny', 'Augustine']) {
      const article = await meta(`<meta name="author" content="${name}"><title>Release notes</title>`, '<main><h1>Release notes</h1><p>Intro.</p></main>');
      expect(article.byline).toBe(name);
    }
  });
  it('takes the "By …" line under the headline over a declared author who is someone else, but not over a fuller declared list', async () => {
    const other = await meta('<meta name="author" content="Josh Katzowitz"><title>Budget</title>', '<article><h1>Budget</h1><p>By Charles Patterson, WCI Columnist</p><p>Intro.</p></article>');
    expect(other.byline).toBe('Charles Patterson, WCI Columnist');
    const fuller = await meta('<script type="application/ld+json">{"@type":"Article","author":[{"@type":"Person","name":"Danielle DeSiato"},{"@type":"Person","name":"Donna Enzmann"}]}</script><title>Budget</title>', '<article><h1>Budget</h1><p>By Danielle DeSiato</p><p>Intro.</p></article>');
    expect(fuller.byline).toBe('Danielle DeSiato, Donna Enzmann');
    const sentence = await meta('<meta name="author" content="Jeff Cobb"><title>Budget</title>', '<article><h1>Budget</h1><p>By Jeff Cobb. Last updated May 2</p><p>Intro.</p></article>');
    expect(sentence.byline).toBe('Jeff Cobb');
  });
  it('decodes HTML entities in JSON-LD author names before splitting several authors', async () => {
    const head = '<script type="application/ld+json">{"@type":"Article","headline":"Library wing approved","author":{"@type":"Person","name":"Maria &amp; Katerina"}}</script>';
    const article = await meta(head, '<article><h1>Library wing approved</h1><p>Intro.</p></article>');
    expect(article.byline).toBe('Maria & Katerina');
  });
  it('prefers the byline element\'s full name to a declared login, unless the login is made from that name', async () => {
    const body = '<article><h1>Library wing approved</h1><div class="author-name">Aoife O\'Riordan</div><p>Intro.</p></article>';
    const other = await meta('<title>Library wing approved</title><meta name="author" content="KatieS">', body);
    expect(other.byline).toBe("Aoife O'Riordan");
    const same = await meta('<title>Library wing approved</title><meta name="author" content="aoriordan">', body);
    expect(same.byline).toBe('aoriordan');
  });
  it('skips an unrendered template key in the author meta tag', async () => {
    const article = await meta('<meta name="author" content="page.head.extra.author"><title>Startup lessons</title>', '<article><h1>Startup lessons</h1><p class="byline">By Tim Enwall</p></article>');
    expect(article.byline).toBe('Tim Enwall');
  });
  it('treats an author named like the start of the site name as the site ("Buzzsprout" on "Buzzsprout Blog")', async () => {
    const article = await meta('<meta property="og:site_name" content="Buzzsprout Blog"><meta name="author" content="Buzzsprout"><title>Podcast gear</title>', '<article><h1>Podcast gear</h1><p>Written by <a href="/a">Alban Brooke</a></p></article>');
    expect(article.byline).toBe('Alban Brooke');
  });
  it('reads "Written by …" in a heading and a name that starts with a digit', async () => {
    expect((await meta('<title>Tax tips</title>', '<article><h1>Tax tips</h1><h3>Written by Cassidy Horton</h3></article>')).byline).toBe('Cassidy Horton');
    expect((await meta('<title>Robot maps</title>', '<article><h1>Robot maps</h1><p>By 3i Global</p></article>')).byline).toBe('3i Global');
  });
  it('reads a link to the author\'s page, or its label when it holds only a photo', async () => {
    expect((await meta('<title>Cloud hosts</title>', '<article><h1>Cloud hosts</h1><div class="meta"><a href="/blog/authors/emmanuel-oyibo">Emmanuel Oyibo</a></div></article>')).byline).toBe('Emmanuel Oyibo');
    expect((await meta('<title>Cloud hosts</title>', '<article><h1>Cloud hosts</h1><a href="https://x.example/author/brian-becker/" aria-label="Brian Becker"><img src="b.jpg" alt=""></a></article>')).byline).toBe('Brian Becker');
  });
  it('ignores "By …" filters inside menus and navigation', async () => {
    const article = await meta('<title>Event tools</title>', '<nav><ul><li>By Event Type</li></ul></nav><div class="dropdown"><p>By Role</p></div><article><h1>Event tools</h1></article>');
    expect(article.byline).toBeNull();
  });
});

describe('language', () => {
  it('takes the root <html lang>, not that of a whole page pasted inside the body (HTML parsing keeps the root\'s)', async () => {
    const pasted = (tag: string) => `<article><h1>Library wing approved</h1><div>${tag}<head></head><body><p>Intro.</p></body></html></div></article>`;
    const root = page('<title>Library wing approved</title><meta property="og:locale" content="en_US">', pasted('<!DOCTYPE html><html lang="fr-FR">'));
    expect((await clean(root, { formats: [] })).lang).toBe('en');
    // A pasted <html> with no lang leaves the root's as it was (not the og:locale, not a guess from the text).
    expect((await clean(page('<title>Library wing approved</title><meta property="og:locale" content="en_US">', pasted('<html>')), { formats: [] })).lang).toBe('en');
  });
});
