// Metadata sources and their ranking (issue 6): each case is a small hand-written page showing one pattern.
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { normalizeDate } from '../src/metadata/dates.js';

/** A page with the given head and body, and enough article text that the body is found. */
const page = (head: string, body: string): string =>
  `<!doctype html><html lang="en"><head>${head}</head><body>${body}<p>${'The committee met for the third time this year and agreed on the budget for the new library wing. '.repeat(4)}</p></body></html>`;

const meta = async (head: string, body: string, url?: string) => clean(page(head, body), { url, formats: [] });

describe('dates', () => {
  it('reads a date line beside the headline that no markup marks as a date', async () => {
    const article = await meta('<title>Library wing approved</title>', '<article><h1>Library wing approved</h1><div class="text-200 bold">October 3, 2024</div><p>Intro.</p></article>');
    expect(article.publishedAt).toBe('2024-10-03');
  });
  it('prefers the plain date line to an "Updated" one beside the headline', async () => {
    const article = await meta('<title>Library wing approved</title>', '<article><h1>Library wing approved</h1><p>Updated March 2, 2025</p><p>March 1, 2024</p></article>');
    expect(article.publishedAt).toBe('2024-03-01');
  });
  it('keeps the declared published date over an "Updated" line beside the headline', async () => {
    const head = '<script type="application/ld+json">{"@type":"Article","headline":"Library wing approved","datePublished":"2023-05-04"}</script>';
    const article = await meta(head, '<article><h1>Library wing approved</h1><p>Last updated: June 9, 2025</p></article>');
    expect(article.publishedAt).toBe('2023-05-04');
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
  it('still ignores dates inside a real sidebar or comment list', async () => {
    const article = await meta('<title>Library wing approved</title>', '<article><h1>Library wing approved</h1></article><div class="comments"><span class="date">May 5, 2025</span></div>');
    expect(article.publishedAt).toBeNull();
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
